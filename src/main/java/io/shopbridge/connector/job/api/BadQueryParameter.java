package io.shopbridge.connector.job.api;

/** A query parameter that does not parse; its message says which one and what it must be. */
public class BadQueryParameter extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public BadQueryParameter(String message) {
        super(message);
    }
}
