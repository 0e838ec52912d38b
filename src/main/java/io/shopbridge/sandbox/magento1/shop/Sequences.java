package io.shopbridge.sandbox.magento1.shop;

import java.util.EnumMap;
import java.util.Map;

/** Next values of every {@link Sequence}; guarded by the shop's lock. */
final class Sequences {

    private final Map<Sequence, Long> next = new EnumMap<>(Sequence.class);

    long next(Sequence sequence) {
        long value = next.getOrDefault(sequence, sequence.first);
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
