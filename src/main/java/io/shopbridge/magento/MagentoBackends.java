package io.shopbridge.magento;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.shopbridge.connector.backend.Backend;

/** The Magento backend kinds: {@code magento}, parent of {@code magento 1.7} and {@code magento 2.x}. */
@ApplicationScoped
public class MagentoBackends {

    public static final Backend MAGENTO = Backend.root("magento");
    public static final Backend MAGENTO_17 = MAGENTO.child("1.7");
    public static final Backend MAGENTO_2X = MAGENTO.child("2.x");

    @Produces
    Backend magento17() {
        return MAGENTO_17;
    }

    @Produces
    Backend magento2x() {
        return MAGENTO_2X;
    }
}
