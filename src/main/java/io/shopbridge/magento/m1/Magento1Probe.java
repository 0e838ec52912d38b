package io.shopbridge.magento.m1;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.connector.backend.BackendProbe;
import io.shopbridge.connector.backend.BackendStatus;
import io.shopbridge.magento.MagentoBackends;

/** A Magento 1.x shop is up when it answers a login with our API user and key. */
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
        client.login(shop);
        return BackendStatus.ok();
    }
}
