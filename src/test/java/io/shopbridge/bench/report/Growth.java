package io.shopbridge.bench.report;

import java.util.Locale;

/** How a figure grows from the smallest N to the largest, against N itself. */
record Growth(int fromN, int toN, double from, double to) {

    double nRatio() {
        return (double) toN / fromN;
    }

    double ratio() {
        return to / from;
    }

    /** Linear or better: the figure grew by no more than N did (10% allowed for noise). */
    boolean linearOrBetter() {
        return ratio() <= nRatio() * 1.1;
    }

    String describe(String what) {
        return String.format(Locale.ROOT, "%s ×%.2f for N ×%.0f (%,d → %,d): %s", what, ratio(), nRatio(), fromN, toN,
                linearOrBetter() ? "linear or better" : "**worse than linear**");
    }
}
