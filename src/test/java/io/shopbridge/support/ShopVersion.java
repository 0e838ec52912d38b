package io.shopbridge.support;

import java.util.Map;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.magento.MagentoBackends;

/**
 * The sandbox shop of each Magento version the import tests run on: {@code shop-eu} on the 1.7 sandbox, {@code shop-us}
 * on the 2.x sandbox. Both sandboxes hold the same customers, groups, categories and products under the same ids,
 * and the same capture-shaped orders; what a version binds differs for orders only (1.7 the increment id, 2.x the
 * entity id).
 */
public enum ShopVersion {

    V1_7("shop-eu", "1.7", MagentoBackends.MAGENTO_17, Map.of()),
    V2_X("shop-us", "2.x", MagentoBackends.MAGENTO_2X, Map.of("100000201", "181", "145000008", "182", "100000203", "183", "100000204", "184",
            "100000205", "185", "100000205-1", "186", "100000206", "187"));

    private final String shop;
    private final String version;
    private final Backend backend;
    private final Map<String, String> orderEntityIds;

    ShopVersion(String shop, String version, Backend backend, Map<String, String> orderEntityIds) {
        this.shop = shop;
        this.version = version;
        this.backend = backend;
        this.orderEntityIds = orderEntityIds;
    }

    /** The backend id of the version's sandbox shop. */
    public String shop() {
        return shop;
    }

    public String version() {
        return version;
    }

    public Backend backend() {
        return backend;
    }

    /** The prefix of the shop's properties in {@code application.properties} ({@code shop.eu}: its url, api-key...). */
    public String properties() {
        return shop.replace('-', '.');
    }

    /** The external id a seed order, named by its increment id, is bound by on this version. */
    public String order(String incrementId) {
        return orderEntityIds.getOrDefault(incrementId, incrementId);
    }

    @Override
    public String toString() {
        return "Magento " + version;
    }
}
