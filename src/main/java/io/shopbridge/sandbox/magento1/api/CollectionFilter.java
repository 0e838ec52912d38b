package io.shopbridge.sandbox.magento1.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import io.shopbridge.sandbox.magento1.shop.ShopException;

/**
 * The {@code filters} argument of a {@code *.list} method applied to a collection, the way Magento adds it to the
 * collection's SQL: field aliases mapped first, every field condition AND-ed (see {@link SqlCondition}).
 */
public final class CollectionFilter {

    private final Map<String, String> fieldAliases;
    private final Set<String> columns;
    private final Function<String, RuntimeException> unknownField;

    /**
     * A flat table's collection (sales entities): a field that is no column fails in MySQL.
     *
     * @param fieldAliases API names of columns, e.g. {@code order_id -> entity_id}
     * @param columns what the collection's SELECT can filter on
     */
    public CollectionFilter(Map<String, String> fieldAliases, Set<String> columns) {
        this(fieldAliases, columns, column -> new ShopException(
                "SQLSTATE[42S22]: Column not found: 1054 Unknown column '" + column + "' in 'where clause'"));
    }

    private CollectionFilter(Map<String, String> fieldAliases, Set<String> columns,
            Function<String, RuntimeException> unknownField) {
        this.fieldAliases = Map.copyOf(fieldAliases);
        this.columns = Set.copyOf(columns);
        this.unknownField = unknownField;
    }

    /**
     * An EAV collection (customers, products): a field that is no attribute is refused while the filter is added,
     * with {@code Invalid attribute name: <code>}, which the resource answers as {@code faultFor} says.
     */
    public static CollectionFilter eav(Map<String, String> fieldAliases, Set<String> attributes,
            Function<String, RuntimeException> faultFor) {
        return new CollectionFilter(fieldAliases, attributes,
                attribute -> faultFor.apply("Invalid attribute name: " + attribute));
    }

    /**
     * @param filters as sent; anything but an array or struct means "no filter" ({@code is_array} is false)
     * @throws ShopException MySQL's "Unknown column" error for a field that is no column (answered as fault 1,
     *         because Magento only wraps errors raised while adding filters, not while loading)
     */
    public <T> List<T> apply(Object filters, List<T> records, Function<T, Map<String, Object>> rowOf) {
        Map<String, Object> conditions = new LinkedHashMap<>();
        fieldConditions(filters).forEach((field, condition) -> {
            String column = fieldAliases.getOrDefault(field, field);
            if (!columns.contains(column)) {
                throw unknownField.apply(column);
            }
            conditions.put(column, condition);
        });
        return records.stream()
                .filter(record -> matchesAll(rowOf.apply(record), conditions))
                .toList();
    }

    private static Map<String, Object> fieldConditions(Object filters) {
        Map<String, Object> byField = new LinkedHashMap<>();
        if (filters instanceof Map<?, ?> map) {
            map.forEach((field, condition) -> byField.put(String.valueOf(field), condition));
        } else if (filters instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                byField.put(Integer.toString(i), list.get(i));
            }
        }
        return byField;
    }

    private static boolean matchesAll(Map<String, Object> row, Map<String, Object> conditions) {
        return conditions.entrySet().stream()
                .allMatch(condition -> SqlCondition.matches(row.get(condition.getKey()), condition.getValue()));
    }
}
