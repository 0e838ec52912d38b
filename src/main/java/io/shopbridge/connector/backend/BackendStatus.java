package io.shopbridge.connector.backend;

/** What a {@link BackendProbe} found: up, or down with the reason (never a secret). */
public record BackendStatus(boolean up, String error) {

    public static BackendStatus ok() {
        return new BackendStatus(true, null);
    }

    public static BackendStatus down(String error) {
        return new BackendStatus(false, error);
    }
}
