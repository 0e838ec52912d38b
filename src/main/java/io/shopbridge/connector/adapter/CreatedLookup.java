package io.shopbridge.connector.adapter;

import java.util.Optional;

/**
 * What looking on the backend for a record that an earlier create made found, and what it checked (for the message
 * of a job that must fail when nothing is found).
 */
public record CreatedLookup(Optional<String> externalId, String checked) {

    public static CreatedLookup found(String externalId, String checked) {
        return new CreatedLookup(Optional.of(externalId), checked);
    }

    public static CreatedLookup notFound(String checked) {
        return new CreatedLookup(Optional.empty(), checked);
    }

    public boolean isFound() {
        return externalId.isPresent();
    }
}
