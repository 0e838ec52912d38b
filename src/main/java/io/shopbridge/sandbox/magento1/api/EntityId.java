package io.shopbridge.sandbox.magento1.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import io.shopbridge.sandbox.magento1.shop.Php;
import io.shopbridge.sandbox.magento1.shop.ShopException;

/**
 * The id a model's {@code load($id)} finds from a PHP argument: {@code WHERE entity_id = ?} with the argument quoted
 * the Zend way, then compared by MySQL with an integer column. An array is quoted as its values joined with commas, so
 * {@code {"customer_id": {"eq": "139"}}} (as the OCA connector sends to {@code customer_address.list}) finds customer
 * 139; text is cast to its leading number, 0 (no record) when it has none.
 */
public final class EntityId {

    private EntityId() {
    }

    /** @throws ShopException MySQL's syntax error when an array holds several values */
    public static OptionalLong of(Object argument) {
        List<Object> values = new ArrayList<>();
        flatten(argument, values);
        if (values.size() > 1) {
            throw new ShopException("SQLSTATE[42000]: Syntax error or access violation: 1064 You have an error in"
                    + " your SQL syntax; check the manual that corresponds to your MySQL server version");
        }
        if (values.isEmpty() || values.get(0) == null) {
            return OptionalLong.empty();
        }
        long id = Php.toFloat(values.get(0)).longValue();
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }

    /** The record {@code load($argument)} finds with {@code byId}, if any. */
    public static <T> Optional<T> find(Object argument, LongFunction<Optional<T>> byId) {
        OptionalLong id = of(argument);
        return id.isPresent() ? byId.apply(id.getAsLong()) : Optional.empty();
    }

    private static void flatten(Object value, List<Object> into) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(nested -> flatten(nested, into));
        } else if (value instanceof List<?> list) {
            list.forEach(nested -> flatten(nested, into));
        } else {
            into.add(value);
        }
    }
}
