package io.shopbridge.magento.m1;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Singleton;

import io.shopbridge.connector.adapter.ChangedPage;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.partner.MagentoCustomerGroup;

/** Customer groups on Magento 1.x: {@code customer_group.list} is all there is (no info, no change date). */
@Singleton
public class Magento1CustomerGroupAdapter extends Magento1ImportAdapter<MagentoCustomerGroup> {

    private static final String ID = "customer_group_id";

    @Override
    public String model() {
        return MagentoModels.PARTNER_CATEGORY;
    }

    @Override
    public MagentoCustomerGroup read(ConnectorEnvironment env, String externalId) {
        return groups(env).stream().filter(group -> externalId.equals(group.text(ID)))
                .map(group -> new MagentoCustomerGroup(group.text(ID), group.text("customer_group_code")))
                .findFirst()
                .orElseThrow(() -> new PermanentJobError("Magento " + env.backend().id() + " has no customer group "
                        + externalId));
    }

    /** Every group: none has a change date. */
    @Override
    public ChangedPage changedSince(ConnectorEnvironment env, Instant since, String after, int pageSize) {
        return M1Listing.page(groups(env), ID, ID, after, pageSize);
    }

    private List<M1Row> groups(ConnectorEnvironment env) {
        return many(env, "customer_group.list");
    }
}
