package io.shopbridge.bench.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** One line of measured figures: {@code key=value} pairs, as the benchmarks write them. */
record Figures(Map<String, String> values) {

    static Figures parse(String line) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return new Figures(values);
    }

    String text(String key) {
        return values.getOrDefault(key, "");
    }

    boolean is(String key, String value) {
        return value.equals(values.get(key));
    }

    OptionalDouble number(String key) {
        try {
            return values.containsKey(key) ? OptionalDouble.of(Double.parseDouble(values.get(key)))
                    : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    int n() {
        return (int) number("n").orElse(0);
    }
}
