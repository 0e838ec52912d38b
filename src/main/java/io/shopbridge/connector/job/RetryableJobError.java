package io.shopbridge.connector.job;

import java.time.Duration;

/** The job may succeed later (network error, HTTP 5xx, timeout): it is retried following its retry pattern. */
public class RetryableJobError extends RuntimeException {

    private final Duration retryAfter;

    public RetryableJobError(String message, Throwable cause) {
        this(message, cause, null);
    }

    /** @param retryAfter a delay the backend asked for, used instead of the retry pattern; null for none */
    public RetryableJobError(String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
