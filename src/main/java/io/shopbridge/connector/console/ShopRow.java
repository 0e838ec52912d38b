package io.shopbridge.connector.console;

import java.time.Instant;

import io.shopbridge.connector.backend.BackendHealth;

/**
 * A backend instance as the console shows it: its {@code connector_backend} row, the URL its routes call, the
 * health probe's last word (null when none is known) and its latest failed job.
 */
public record ShopRow(String id, String name, String type, String version, boolean active, String url,
        BackendHealth.Probed health, long failedJobs, String lastError, Instant lastErrorAt) {

    /** up, down, or unknown when no probe has answered */
    public String state() {
        return health == null ? "unknown" : health.status().up() ? "up" : "down";
    }
}
