package io.shopbridge.magento.m2;

import java.time.Instant;

import jakarta.inject.Singleton;

import io.shopbridge.connector.adapter.ChangedPage;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.partner.MagentoCustomerGroup;

/** Customer groups on 2.x: {@code GET /V1/customerGroups/{id}}; groups have no change date, a batch lists them all. */
@Singleton
public class Magento2CustomerGroupAdapter extends Magento2ImportAdapter<MagentoCustomerGroup> {

    @Override
    public String model() {
        return MagentoModels.PARTNER_CATEGORY;
    }

    @Override
    public MagentoCustomerGroup read(ConnectorEnvironment env, String externalId) {
        M2Record group = one(env, "customerGroups", externalId);
        return new MagentoCustomerGroup(group.text("id"), group.text("code"));
    }

    @Override
    public ChangedPage changedSince(ConnectorEnvironment env, Instant since, String after, int pageSize) {
        return changedSearch(env, "customerGroups/search", "id", "id", "id", false, since, after, pageSize);
    }
}
