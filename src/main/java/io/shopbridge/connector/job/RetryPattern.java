package io.shopbridge.connector.job;

import java.time.Duration;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delay before the next try, by attempt count, as queue_job writes it: {@code 1:10s,5:60s,10:600s} waits 10 s after
 * tries 1 to 4, 60 s after tries 5 to 9, 600 s from the 10th on. A jitter of ±{@code jitter} spreads retries so a
 * backend coming back is not hit by every job at once.
 */
public final class RetryPattern {

    private final NavigableMap<Integer, Duration> delays;
    private final double jitter;

    private RetryPattern(NavigableMap<Integer, Duration> delays, double jitter) {
        this.delays = delays;
        this.jitter = jitter;
    }

    /** Parses {@code 1:10s,5:60s} (also {@code {1: 10s, 5: 60s}}); units ms, s, m, h; a bare number is seconds. */
    public static RetryPattern parse(String pattern, double jitter) {
        String body = pattern.trim();
        if (body.startsWith("{") && body.endsWith("}")) {
            body = body.substring(1, body.length() - 1);
        }
        NavigableMap<Integer, Duration> delays = new TreeMap<>();
        for (String entry : body.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("Bad retry pattern entry '" + entry.trim() + "' in '" + pattern
                        + "': expected <attempt>:<delay>");
            }
            int attempt = Integer.parseInt(parts[0].trim());
            if (attempt < 1) {
                throw new IllegalArgumentException("Retry pattern attempts start at 1: '" + pattern + "'");
            }
            delays.put(attempt, parseDuration(parts[1].trim()));
        }
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("Empty retry pattern");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("Jitter must be in [0, 1): " + jitter);
        }
        return new RetryPattern(delays, jitter);
    }

    static Duration parseDuration(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        try {
            if (!t.isEmpty() && Character.isDigit(t.charAt(t.length() - 1))) {
                return Duration.ofSeconds(Long.parseLong(t));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            long amount = Long.parseLong(t.substring(0, t.length() - 1).trim());
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw new NumberFormatException("unknown unit");
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("Bad delay '" + text + "' (use 500ms, 10s, 5m, 1h)", e);
        }
    }

    /** The delay after the given (1-based) failed attempt, jitter applied. */
    public Duration delayAfter(int attempt) {
        Map.Entry<Integer, Duration> entry = delays.floorEntry(attempt);
        Duration base = entry == null ? delays.firstEntry().getValue() : entry.getValue();
        if (jitter == 0) {
            return base;
        }
        double factor = 1 + ThreadLocalRandom.current().nextDouble(-jitter, jitter);
        return Duration.ofMillis(Math.max(0, Math.round(base.toMillis() * factor)));
    }
}
