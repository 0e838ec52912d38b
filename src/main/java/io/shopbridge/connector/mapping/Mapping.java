package io.shopbridge.connector.mapping;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A declarative mapper from a source {@code S} (an ERP record, or a backend's raw record) to a target {@code T}, as
 * OCA's {@code Mapper}: direct fields with converters, computed fields, child mappings for lines, create-only fields,
 * and the record built from the mapped values at the end. A mapping is immutable: each rule gives a new one, and a
 * rule for a field already mapped replaces that one in place, which is how a version's mapper overrides one field of
 * its parent's.
 */
public final class Mapping<S, T> {

    /** How one field's value is made from the source. */
    @FunctionalInterface
    public interface Rule<S, V> {
        V value(MapContext context, S source);
    }

    private final Map<Field<?>, Rule<S, ?>> rules;
    private final Set<Field<?>> createOnly;
    private final Function<MappedValues, T> target;

    private Mapping(Map<Field<?>, Rule<S, ?>> rules, Set<Field<?>> createOnly, Function<MappedValues, T> target) {
        this.rules = rules;
        this.createOnly = createOnly;
        this.target = target;
    }

    /** A mapping with no field yet, building its target from the mapped values with {@code target}. */
    public static <S, T> Mapping<S, T> into(Function<MappedValues, T> target) {
        return new Mapping<>(new LinkedHashMap<>(), new LinkedHashSet<>(), target);
    }

    /** A source read by key, for raw backend records. */
    public static Function<Map<String, ?>, Object> key(String name) {
        return record -> record.get(name);
    }

    /** The field takes the source's value as it is. */
    public <V> Mapping<S, T> direct(Field<V> field, Function<? super S, ? extends V> getter) {
        return with(field, (context, source) -> getter.apply(source));
    }

    /** The field takes the source's value through a converter (a date, a decimal, an id through a binder...). */
    public <A, V> Mapping<S, T> direct(Field<V> field, Function<? super S, ? extends A> getter,
            Converter<? super A, ? extends V> converter) {
        return with(field, (context, source) -> converter.convert(context, getter.apply(source)));
    }

    /** The field is computed from the whole source. */
    public <V> Mapping<S, T> computed(Field<V> field, BiFunction<MapContext, ? super S, ? extends V> compute) {
        return with(field, compute::apply);
    }

    /**
     * The field is the source's children (lines), each mapped by {@code child}; a child the child mapping builds as
     * null is left out.
     */
    public <C, D> Mapping<S, T> children(Field<List<D>> field, Function<? super S, ? extends List<? extends C>> getter,
            Mapping<C, D> child) {
        return with(field, (context, source) -> getter.apply(source).stream()
                .map(item -> child.map(context, item))
                .filter(Objects::nonNull)
                .toList());
    }

    /** These fields are mapped for a create only: an update leaves them as the backend has them. */
    public Mapping<S, T> createOnly(Field<?>... fields) {
        for (Field<?> field : fields) {
            requireMapped(field);
        }
        Set<Field<?>> marked = new LinkedHashSet<>(createOnly);
        marked.addAll(List.of(fields));
        return new Mapping<>(rules, marked, target);
    }

    /** Maps one record, with the fields the context's option (for create or for update) allows. */
    public T map(MapContext context, S source) {
        MappedValues values = new MappedValues();
        rules.forEach((field, rule) -> {
            if (context.forCreate() || !createOnly.contains(field)) {
                put(values, field, rule.value(context, source));
            }
        });
        return target.apply(values);
    }

    /** One field's value as this mapping makes it: an overriding rule can start from the rule it replaces. */
    @SuppressWarnings("unchecked")
    public <V> V value(Field<V> field, MapContext context, S source) {
        requireMapped(field);
        return (V) rules.get(field).value(context, source);
    }

    @SuppressWarnings("unchecked")
    private static <V> void put(MappedValues values, Field<V> field, Object value) {
        values.put(field, (V) value);
    }

    private <V> Mapping<S, T> with(Field<V> field, Rule<S, ? extends V> rule) {
        Map<Field<?>, Rule<S, ?>> added = new LinkedHashMap<>(rules);
        added.put(field, rule);
        return new Mapping<>(added, createOnly, target);
    }

    private void requireMapped(Field<?> field) {
        if (!rules.containsKey(field)) {
            throw new IllegalArgumentException("Field " + field + " is not mapped: map it before marking it");
        }
    }
}
