package io.shopbridge.magento.m1;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Singleton;

import io.shopbridge.connector.adapter.ChangedPage;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.partner.MagentoCustomer;

/** Customers on Magento 1.x: {@code customer.info} and the address book from {@code customer_address.list}. */
@Singleton
public class Magento1CustomerAdapter extends Magento1ImportAdapter<MagentoCustomer> {

    private static final String ID = "customer_id";

    @Override
    public String model() {
        return MagentoModels.PARTNER;
    }

    @Override
    public MagentoCustomer read(ConnectorEnvironment env, String externalId) {
        M1Row customer = one(env, "customer.info", externalId);
        List<M1Row> addresses = many(env, "customer_address.list", externalId);
        return new MagentoCustomer(customer.text(ID), customer.text("email"), customer.text("firstname"),
                customer.text("lastname"), customer.text("group_id"), customer.date("dob"), customer.text("taxvat"),
                addresses.stream().map(address -> M1Addresses.address(address, address.flag("is_default_billing"),
                        address.flag("is_default_shipping"))).toList(),
                customer.instant("updated_at"));
    }

    @Override
    public ChangedPage changedSince(ConnectorEnvironment env, Instant since, String after, int pageSize) {
        return changedList(env, "customer.list", ID, ID, since, after, pageSize);
    }
}
