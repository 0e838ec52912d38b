package io.shopbridge.magento.partner;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.db.Statements;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.connector.sync.GenericImporter;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/** Imports a Magento customer group as a partner category. */
@Singleton
public class PartnerCategoryImporter extends GenericImporter<MagentoCustomerGroup, ErpPartnerCategory> {

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.PARTNER_CATEGORY;
    }

    @Override
    protected long create(ConnectorEnvironment env, MagentoCustomerGroup group, ErpPartnerCategory category) {
        return Statements.insert(env.connection(), "INSERT INTO res_partner_category (name) VALUES (?)",
                category.name());
    }

    @Override
    protected long update(ConnectorEnvironment env, long erpId, MagentoCustomerGroup group,
            ErpPartnerCategory category) {
        Statements.update(env.connection(), "UPDATE res_partner_category SET name = ? WHERE id = ?", category.name(),
                erpId);
        return erpId;
    }
}
