package io.shopbridge.magento.m1;

import java.time.Duration;

import io.shopbridge.connector.job.RetryableJobError;

/** What an HTTP status other than 200 means for a job: 5xx, 408 and 429 may pass, the rest will not. */
final class HttpFailures {

    private HttpFailures() {
    }

    static RuntimeException of(String backendId, int status, String retryAfter) {
        String message = "Magento " + backendId + " answered HTTP " + status;
        if (status >= 500 || status == 408 || status == 429) {
            return new RetryableJobError(message, null, seconds(retryAfter));
        }
        return new HttpRefusal(message);
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
