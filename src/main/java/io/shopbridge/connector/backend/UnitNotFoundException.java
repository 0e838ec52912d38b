package io.shopbridge.connector.backend;

/** No unit of the asked kind serves the model on the backend nor on any of its parents. */
public class UnitNotFoundException extends RuntimeException {

    public UnitNotFoundException(String message) {
        super(message);
    }
}
