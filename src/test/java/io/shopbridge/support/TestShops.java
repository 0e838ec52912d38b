package io.shopbridge.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The test shop of a Magento version: the parameter of the flow tests that run on every version. */
@ApplicationScoped
public class TestShops {

    @Inject
    Magento17TestShop magento17;

    @Inject
    Magento2TestShop magento2;

    public TestShop of(String version) {
        return switch (version) {
            case "1.7" -> magento17;
            case "2.x" -> magento2;
            default -> throw new IllegalArgumentException("No test shop of Magento " + version);
        };
    }
}
