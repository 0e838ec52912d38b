package io.shopbridge.connector.mapping;

/** A field a {@link Mapping} fills, typed: the record it builds reads its value by this key. */
public record Field<V>(String name) {

    public static <V> Field<V> named(String name) {
        return new Field<>(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
