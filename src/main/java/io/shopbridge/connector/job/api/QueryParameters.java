package io.shopbridge.connector.job.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Query parameters read as text and parsed here, so that one that does not parse answers 400 with a reason: a
 * parameter JAX-RS converts itself answers 404 when it does not parse ({@code ?limit=99999999999}).
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** @return the integer, {@code fallback} when absent; fails unless it is in {@code min..max} */
    public static int integer(String value, String name, int min, int max, int fallback) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below, with the range
        }
        throw new BadQueryParameter(name + " must be an integer from " + min + " to " + max + ", not " + value);
    }

    /** @return the id, null when absent */
    public static Long id(String value, String name) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new BadQueryParameter(name + " must be an integer id, not " + value);
        }
    }

    /** @return the instant, null when absent */
    public static Instant instant(String value, String name) {
        if (blank(value)) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadQueryParameter(name + " must be an ISO instant such as 2026-11-25T10:00:00Z, not " + value);
        }
    }

    /** @return the text, null when absent or blank */
    public static String text(String value) {
        return blank(value) ? null : value.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
