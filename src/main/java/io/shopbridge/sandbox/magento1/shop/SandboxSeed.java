package io.shopbridge.sandbox.magento1.shop;

/** Everything a fresh sandbox holds: {@link SeedCustomers}, {@link SeedCatalog}, then {@link SeedOrders}. */
public final class SandboxSeed {

    private SandboxSeed() {
    }

    /** Fills an empty shop; call inside {@link Shop#lockedDo}. */
    public static void plant(Shop shop) {
        SeedCustomers.seed(shop.customers());
        SeedCatalog.seed(shop.catalog());
        SeedOrders.seed(shop);
    }
}
