package io.shopbridge.magento.m2;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.connector.backend.BackendProbe;
import io.shopbridge.connector.backend.BackendStatus;
import io.shopbridge.magento.MagentoBackends;

/**
 * A Magento 2 shop is up when it takes our credentials: an admin login gives a fresh token (kept for the next calls),
 * an integration token reads the customer group every shop has ({@code 0}, NOT LOGGED IN).
 */
@Singleton
public class Magento2Probe implements BackendProbe {

    @Inject
    Magento2Client client;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO_2X;
    }

    @Override
    public BackendStatus probe(BackendInstance shop) {
        client.login(shop);
        return BackendStatus.ok();
    }
}
