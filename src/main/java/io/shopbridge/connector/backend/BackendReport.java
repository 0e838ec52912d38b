package io.shopbridge.connector.backend;

import java.time.Instant;

/**
 * A backend instance as an operator sees it: kind and version ({@code magento 1.7}), URL, health ({@code up},
 * {@code down}, or {@code unknown} before its first probe) with the probe's error and time, and its calls since this
 * instance started.
 */
public record BackendReport(String id, String backend, String url, String health, String healthError,
        Instant checkedAt, long calls, long failures, long consecutiveFailures, Instant lastSuccess,
        String lastError) {
}
