package io.shopbridge.sandbox.magento2.rest;

import java.util.Map;

/**
 * A refusal the sandbox answers as Magento 2 does: the HTTP status and {@code {"message": ..., "parameters": ...}},
 * the message keeping its {@code %name} placeholders for the client to fill in.
 */
public class RestError extends RuntimeException {

    public static final String NO_SUCH_ENTITY =
            "The entity that was requested doesn't exist. Verify the entity and try again.";
    public static final String NO_SUCH_PRODUCT =
            "The product that was requested doesn't exist. Verify the product and try again.";

    private final int status;
    private final Map<String, Object> parameters;

    public RestError(int status, String message, Map<String, Object> parameters) {
        super(message);
        this.status = status;
        this.parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public static RestError badRequest(String message) {
        return new RestError(400, message, null);
    }

    public static RestError notFound() {
        return new RestError(404, NO_SUCH_ENTITY, null);
    }

    public static RestError productNotFound() {
        return new RestError(404, NO_SUCH_PRODUCT, null);
    }

    public int status() {
        return status;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
