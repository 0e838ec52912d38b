package io.shopbridge.magento;

import java.io.IOException;
import java.time.Duration;

import io.shopbridge.connector.job.RetryableJobError;

/**
 * What an HTTP failure means for a job, on either Magento version: a network error, 5xx, 408 and 429 may pass (with
 * the delay {@code Retry-After} asks for), the rest will not.
 */
public final class HttpFailures {

    private HttpFailures() {
    }

    public static boolean isRetryable(int status) {
        return status >= 500 || status == 408 || status == 429;
    }

    public static RuntimeException of(String backendId, int status, String retryAfter) {
        String message = "Magento " + backendId + " answered HTTP " + status;
        if (isRetryable(status)) {
            return new RetryableJobError(message, null, seconds(retryAfter));
        }
        return new HttpRefusal(message);
    }

    /** Whether an exception the HTTP client threw is the network's (connection refused or reset, timeout). */
    public static boolean isNetworkFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static Duration seconds(String header) {
        try {
            return header == null ? null : Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            // an HTTP-date Retry-After: fall back to the job's retry pattern
            return null;
        }
    }
}
