package io.shopbridge.magento.partner;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.ImportBinder;
import io.shopbridge.connector.mapping.MapContext;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.connector.sync.GenericImporter;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/**
 * Imports a Magento customer as a partner, its group first; each address of its book becomes a contact of the
 * partner (invoice for the default billing one, delivery for the default shipping one), bound to the address.
 */
@Singleton
public class PartnerImporter extends GenericImporter<MagentoCustomer, ErpPartner> {

    @Inject
    PartnerWriter writer;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.PARTNER;
    }

    @Override
    protected void dependencies(ConnectorEnvironment env, MagentoCustomer customer) {
        if (customer.groupId() != null) {
            importDependency(env, MagentoModels.PARTNER_CATEGORY, customer.groupId());
        }
    }

    @Override
    protected long create(ConnectorEnvironment env, MagentoCustomer customer, ErpPartner partner) {
        return writer.insertPartner(env, partner);
    }

    @Override
    protected long update(ConnectorEnvironment env, long erpId, MagentoCustomer customer, ErpPartner partner) {
        writer.updatePartner(env, erpId, partner);
        return erpId;
    }

    @Override
    protected String after(ConnectorEnvironment env, String externalId, MagentoCustomer customer, ErpPartner partner,
            Imported imported) {
        ConnectorEnvironment addresses = env.forModel(MagentoModels.ADDRESS);
        ImportBinder binder = addresses.unit(ImportBinder.class);
        for (MagentoAddress address : customer.addresses()) {
            ErpContact contact = Contacts.FROM_ADDRESS.map(MapContext.forCreate(addresses), address);
            Optional<Long> bound = binder.toErp(addresses, address.customerAddressId());
            bound.ifPresent(contactId -> writer.updateContact(env, contactId, contact));
            long contactId = bound.orElseGet(() -> writer.insertContact(env, imported.erpId(), contact));
            binder.bindImported(addresses, address.customerAddressId(), contactId);
        }
        return super.after(env, externalId, customer, partner, imported) + " with " + customer.addresses().size()
                + " address(es)";
    }
}
