package io.shopbridge.sandbox.magento1;

import java.util.List;
import java.util.Map;

/** Reads fields of a {@code sales_order.info} struct as returned by {@link Magento1Sandbox#orderInfo}. */
final class OrderInfo {

    private OrderInfo() {
    }

    static Object item(Map<String, Object> order, int index, String field) {
        return ((Map<?, ?>) ((List<?>) order.get("items")).get(index)).get(field);
    }
}
