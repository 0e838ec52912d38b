package io.shopbridge.magento.product;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.db.Statements;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.connector.sync.GenericImporter;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/** Imports a Magento category, its missing parents first (up the tree, whatever gaps its ids have). */
@Singleton
public class ProductCategoryImporter extends GenericImporter<MagentoCategory, ErpProductCategory> {

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.PRODUCT_CATEGORY;
    }

    @Override
    protected void dependencies(ConnectorEnvironment env, MagentoCategory category) {
        if (category.parentId() != null) {
            importDependency(env, MagentoModels.PRODUCT_CATEGORY, category.parentId());
        }
    }

    @Override
    protected long create(ConnectorEnvironment env, MagentoCategory source, ErpProductCategory category) {
        return Statements.insert(env.connection(), "INSERT INTO product_category (name, parent_id) VALUES (?, ?)",
                category.name(), category.parentId());
    }

    @Override
    protected long update(ConnectorEnvironment env, long erpId, MagentoCategory source, ErpProductCategory category) {
        Statements.update(env.connection(), "UPDATE product_category SET name = ?, parent_id = ? WHERE id = ?",
                category.name(), category.parentId(), erpId);
        return erpId;
    }
}
