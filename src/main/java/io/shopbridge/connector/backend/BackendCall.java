package io.shopbridge.connector.backend;

import java.util.Locale;

/**
 * One call a client made to a backend instance: the API method ({@code sales_order.info}, {@code POST /V1/orders}: a
 * bounded name, no ids, as it tags a metric), how long it took, how it ended, and the message when it did not succeed
 * (never a secret).
 */
public record BackendCall(String backendId, String method, long nanos, Outcome outcome, String error) {

    public enum Outcome {
        /** The backend did what was asked. */
        SUCCESS,
        /** The backend answered and said no (a Magento fault, an HTTP 4xx): it is there, the request was wrong. */
        REFUSED,
        /** No usable answer: unreachable, timed out, HTTP 5xx, a body that does not parse. */
        FAILED;

        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static BackendCall success(String backendId, String method, long nanos) {
        return new BackendCall(backendId, method, nanos, Outcome.SUCCESS, null);
    }
}
