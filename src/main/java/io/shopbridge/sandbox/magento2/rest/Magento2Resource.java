package io.shopbridge.sandbox.magento2.rest;

import io.shopbridge.sandbox.magento2.ShopData;

/**
 * A part of the Magento 2 sandbox's API (orders, invoices, stock, customers, ...): a CDI bean implementing it is
 * found by the sandbox, which asks it for its routes once and for its seed data at every reset.
 */
public interface Magento2Resource {

    void register(RestRouter router);

    /** Puts the resource's seed records in the fresh shop (called with the shop's lock held). */
    default void seed(ShopData shop) {
    }
}
