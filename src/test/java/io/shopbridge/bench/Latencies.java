package io.shopbridge.bench;

import java.util.Arrays;

/** Latencies in microseconds, and their percentiles in milliseconds (nearest rank). */
record Latencies(long[] micros) {

    static Latencies of(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    double percentileMillis(double p) {
        if (micros.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * micros.length);
        return micros[Math.max(0, Math.min(micros.length - 1, rank - 1))] / 1000.0;
    }

    double maxMillis() {
        return micros.length == 0 ? Double.NaN : micros[micros.length - 1] / 1000.0;
    }

    BenchFigures addTo(BenchFigures figures) {
        return addTo(figures, "");
    }

    /** Adds the figures under names that start with {@code prefix}. */
    BenchFigures addTo(BenchFigures figures, String prefix) {
        return figures.with(prefix + "p50_ms", percentileMillis(50)).with(prefix + "p99_ms", percentileMillis(99))
                .with(prefix + "max_ms", maxMillis()).with(prefix + "latencies", micros.length);
    }
}
