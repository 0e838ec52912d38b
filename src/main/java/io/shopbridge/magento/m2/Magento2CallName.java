package io.shopbridge.magento.m2;

import java.util.StringJoiner;

/**
 * A REST call as the call metrics name it: the method and the route with its ids and SKUs left out
 * ({@code PUT products/{sku}/stockItems/{id}}), so that a metric tag has a bounded set of values.
 */
final class Magento2CallName {

    private Magento2CallName() {
    }

    static String of(String method, String path) {
        StringJoiner route = new StringJoiner("/");
        String previous = "";
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean id = segment.chars().allMatch(Character::isDigit);
            boolean sku = !id && ("products".equals(previous) || "stockItems".equals(previous))
                    && !"attributes".equals(segment);
            route.add(id ? "{id}" : sku ? "{sku}" : segment);
            previous = segment;
        }
        return method + ' ' + route;
    }
}
