package io.shopbridge.connector.mapping;

/** Turns a source value into a field's value; null stays null unless the converter says otherwise. */
@FunctionalInterface
public interface Converter<A, V> {

    V convert(MapContext context, A value);
}
