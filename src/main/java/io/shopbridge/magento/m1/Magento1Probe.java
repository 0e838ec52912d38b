package io.shopbridge.magento.m1;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.connector.backend.BackendProbe;
import io.shopbridge.connector.backend.BackendStatus;
import io.shopbridge.magento.MagentoBackends;

/**
 * A Magento 1.x shop is up when it answers a call in our session: the customer groups, a few rows. The client logs in
 * only when it holds no session or the shop expired it: a login per probe would leave a row in the shop's
 * api_session table every period.
 */
@Singleton
public class Magento1Probe implements BackendProbe {

    @Inject
    Magento1Client client;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO_17;
    }

    @Override
    public BackendStatus probe(BackendInstance shop) {
        client.call(shop, "customer_group.list", List.of());
        return BackendStatus.ok();
    }
}
