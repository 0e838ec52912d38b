package io.shopbridge.connector.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

/** The values a mapping made, by field: what the target record is built from. */
public final class MappedValues {

    private final Map<Field<?>, Object> values = new LinkedHashMap<>();

    <V> void put(Field<V> field, V value) {
        values.put(field, value);
    }

    /** The field's value; null when it was not mapped (a create-only field in an update) or mapped to null. */
    @SuppressWarnings("unchecked")
    public <V> V get(Field<V> field) {
        return (V) values.get(field);
    }

    public boolean has(Field<?> field) {
        return values.containsKey(field);
    }
}
