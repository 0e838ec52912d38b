package io.shopbridge.sandbox.magento1.api;

/** One method of an API resource, e.g. {@code sales_order.info}. */
@FunctionalInterface
public interface ApiMethod {

    /**
     * @throws ApiFault for faults the resource raises by name
     * @throws io.shopbridge.sandbox.magento1.shop.ShopException for plain exceptions (answered as fault 1)
     */
    Object invoke(Args args);
}
