package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One database row as MySQL hands it to PHP: every column present, every value a string or null. */
final class Row {

    private final List<String> columns;
    private final Map<String, Object> values = new LinkedHashMap<>();

    Row(List<String> columns) {
        this.columns = columns;
        columns.forEach(column -> values.put(column, null));
    }

    Row set(String column, String value) {
        return put(column, value);
    }

    Row set(String column, long value) {
        return put(column, Long.toString(value));
    }

    Row set(String column, Long value) {
        return put(column, value == null ? null : value.toString());
    }

    Row set(String column, BigDecimal value) {
        return put(column, Decimals.db(value));
    }

    Row set(String column, LocalDateTime value) {
        return put(column, DbTime.format(value));
    }

    Row flag(String column, boolean value) {
        return put(column, value ? "1" : "0");
    }

    /** For the rare column PHP unserializes into an array before the API sees it. */
    Row setList(String column, List<Object> value) {
        return put(column, value);
    }

    Map<String, Object> toMap() {
        return values;
    }

    private Row put(String column, Object value) {
        if (!columns.contains(column)) {
            throw new IllegalArgumentException("No column " + column);
        }
        values.put(column, value);
        return this;
    }
}
