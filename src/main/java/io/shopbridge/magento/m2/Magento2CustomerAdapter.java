package io.shopbridge.magento.m2;

import java.time.Instant;

import jakarta.inject.Singleton;

import io.shopbridge.connector.adapter.ChangedPage;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.partner.MagentoCustomer;

/**
 * Customers on 2.x, by id: {@code GET /V1/customers/{id}} holds the address book; the changed ones come from
 * {@code GET /V1/customers/search} by {@code updated_at}.
 */
@Singleton
public class Magento2CustomerAdapter extends Magento2ImportAdapter<MagentoCustomer> {

    @Override
    public String model() {
        return MagentoModels.PARTNER;
    }

    @Override
    public MagentoCustomer read(ConnectorEnvironment env, String externalId) {
        return customer(one(env, "customers", externalId));
    }

    @Override
    public ChangedPage changedSince(ConnectorEnvironment env, Instant since, String after, int pageSize) {
        return changedSearch(env, "customers/search", "entity_id", "id", "id", true, since, after, pageSize);
    }

    /**
     * An entry is the default billing or shipping one by its own flag, or by the customer's {@code default_billing}
     * / {@code default_shipping} naming it (the flags are left out of some answers).
     */
    static MagentoCustomer customer(M2Record customer) {
        String defaultBilling = customer.id("default_billing");
        String defaultShipping = customer.id("default_shipping");
        return new MagentoCustomer(customer.text("id"), customer.text("email"), customer.text("firstname"),
                customer.text("lastname"), customer.text("group_id"), customer.date("dob"), customer.text("taxvat"),
                customer.records("addresses").stream().map(address -> M2Addresses.bookEntry(address,
                        address.flag("default_billing") || address.id("id").equals(defaultBilling),
                        address.flag("default_shipping") || address.id("id").equals(defaultShipping))).toList(),
                customer.instant("updated_at"));
    }
}
