package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code itemsQty} argument of {@code sales_order_invoice.create} read the way PHP reads the array: keyed by order
 * item id (struct member names, or list positions), "empty" in PHP's sense, values cast with {@code (float)}.
 */
public final class ItemQtys {

    private final Map<String, Object> byItemId;
    private final boolean empty;

    private ItemQtys(Map<String, Object> byItemId, boolean empty) {
        this.byItemId = byItemId;
        this.empty = empty;
    }

    public static ItemQtys from(Object argument) {
        if (argument instanceof Map<?, ?> map) {
            Map<String, Object> byItemId = new LinkedHashMap<>();
            map.forEach((key, value) -> byItemId.put(String.valueOf(key), value));
            return new ItemQtys(byItemId, byItemId.isEmpty());
        }
        if (argument instanceof List<?> list) {
            Map<String, Object> byPosition = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                byPosition.put(Integer.toString(i), list.get(i));
            }
            return new ItemQtys(byPosition, byPosition.isEmpty());
        }
        return new ItemQtys(Map.of(), Php.isEmpty(argument));
    }

    boolean isEmpty() {
        return empty;
    }

    /** {@code isset($qtys[$itemId])}: present and not null. */
    Optional<BigDecimal> requested(long itemId) {
        return Optional.ofNullable(byItemId.get(Long.toString(itemId))).map(Php::toFloat);
    }
}
