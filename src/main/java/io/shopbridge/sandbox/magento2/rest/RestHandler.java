package io.shopbridge.sandbox.magento2.rest;

import java.util.Map;

import io.shopbridge.sandbox.magento2.ShopData;

/**
 * Answers one REST route, with the shop's lock held: its result is written as JSON (a bare string or number included,
 * as Magento does); a {@link RestError} is Magento's error answer.
 */
@FunctionalInterface
public interface RestHandler {

    /** @param path the values of the route's {@code {name}} segments, decoded */
    Object handle(ShopData shop, RestRequest request, Map<String, String> path);
}
