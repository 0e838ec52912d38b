package io.shopbridge.sandbox;

import java.io.IOException;

import org.apache.camel.Message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What both sandboxes' control endpoints read from a request: a JSON body, an integer query parameter. A request
 * that does not parse throws {@link IllegalArgumentException}, which the endpoints answer with 400.
 */
public final class ControlRequests {

    private ControlRequests() {
    }

    public static JsonNode json(Message request, ObjectMapper json) {
        byte[] body = request.getBody(byte[].class);
        try {
            return json.readTree(body == null ? new byte[0] : body);
        } catch (IOException e) {
            throw new IllegalArgumentException("Body is not JSON: " + e.getMessage(), e);
        }
    }

    public static int intParameter(Message request, String name, int fallback) {
        String value = request.getHeader(name, String.class);
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Parameter " + name + " must be an integer", e);
        }
    }
}
