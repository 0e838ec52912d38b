package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;

/**
 * The currency an order is placed and based in (a website's base currency; the sandbox never converts at checkout),
 * and the rate from it to the install's global currency, US dollars.
 */
public record OrderCurrency(String code, BigDecimal baseToGlobalRate) {

    public static final String GLOBAL = "USD";
    public static final OrderCurrency USD = new OrderCurrency(GLOBAL, BigDecimal.ONE);
}
