package io.shopbridge.connector.adapter;

/** One create of {@link BackendAdapter#createAll}: the backend's id for the record, or why that create failed. */
public record CreateOutcome(String externalId, RuntimeException failure) {

    public static CreateOutcome created(String externalId) {
        return new CreateOutcome(externalId, null);
    }

    public static CreateOutcome failed(RuntimeException failure) {
        return new CreateOutcome(null, failure);
    }
}
