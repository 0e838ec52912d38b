package io.shopbridge.magento.m2;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.connector.backend.BackendProbe;
import io.shopbridge.connector.backend.BackendStatus;
import io.shopbridge.magento.MagentoBackends;

/**
 * A Magento 2 shop is up when it takes our credentials: a read of the customer group every shop has ({@code 0}, NOT
 * LOGGED IN), with the token the exports use. An admin login happens only when no token is held or the shop refuses
 * it: a login per probe would leave a token row in the shop's {@code oauth_token} table every period.
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
        client.get(shop, "customerGroups/0");
        return BackendStatus.ok();
    }
}
