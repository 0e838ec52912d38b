package io.shopbridge.magento.m2;

import java.util.HashMap;
import java.util.Map;

import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.magento.MagentoBackends;

/** Backend instances of the 2.x sandbox as the shop-us routes configure them, for tests that call the client. */
public final class Magento2Shops {

    private Magento2Shops() {
    }

    /** Shop-us: admin user {@code shopbridge}, its password in {@code shop.us.api-key}, store {@code default}. */
    public static BackendInstance adminShop(int port) {
        return shop(port, Map.of("auth", "admin", "apiUser", "shopbridge", "apiKeyProperty", "shop.us.api-key"));
    }

    /** The same shop reached with the sandbox's integration token. */
    public static BackendInstance integrationShop(int port) {
        return shop(port, Map.of("auth", "integration", "apiKeyProperty",
                "shopbridge.sandbox.magento2.integration-token"));
    }

    public static BackendInstance shop(int port, Map<String, String> auth) {
        Map<String, String> settings = new HashMap<>(auth);
        settings.put("url", "http://localhost:" + port + "/sandbox/magento2");
        settings.putIfAbsent("store", "default");
        return new BackendInstance("shop-us", MagentoBackends.MAGENTO_2X, Map.copyOf(settings));
    }
}
