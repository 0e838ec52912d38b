package io.shopbridge.connector.backend;

import java.util.Map;

/**
 * One configured external system (a shop): its id in {@code connector_backend}, its backend kind, and the settings
 * given by its route template (URL, API user, API key, ...). Never logged whole: settings hold secrets.
 */
public record BackendInstance(String id, Backend backend, Map<String, String> settings) {

    public String setting(String name) {
        String value = settings.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Backend " + id + " has no setting '" + name + "'");
        }
        return value;
    }

    @Override
    public String toString() {
        return id + " (" + backend + ")";
    }
}
