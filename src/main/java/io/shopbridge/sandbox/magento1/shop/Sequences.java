package io.shopbridge.sandbox.magento1.shop;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/** Next values of every {@link Sequence}, in its first or its fixed range; guarded by the shop's lock. */
final class Sequences {

    private final Map<Sequence, Long> next = new EnumMap<>(Sequence.class);
    private final ToLongFunction<Sequence> start;

    private Sequences(ToLongFunction<Sequence> start) {
        this.start = start;
    }

    static Sequences live() {
        return new Sequences(sequence -> sequence.first);
    }

    static Sequences fixed() {
        return new Sequences(sequence -> sequence.fixedFirst);
    }

    long next(Sequence sequence) {
        long value = next.getOrDefault(sequence, start.applyAsLong(sequence));
        next.put(sequence, value + 1);
        return value;
    }

    String nextIncrementId(Sequence sequence) {
        return Long.toString(next(sequence));
    }

    void reset() {
        next.clear();
    }
}
