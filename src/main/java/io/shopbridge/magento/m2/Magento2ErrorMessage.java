package io.shopbridge.magento.m2;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Magento 2's error body as one readable sentence: Magento sends {@code message} with {@code %1} or {@code %name}
 * placeholders and the values apart in {@code parameters} (a list or an object), and an aggregate input error its
 * parts in {@code errors}; the client substitutes them.
 */
public final class Magento2ErrorMessage {

    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+|[A-Za-z_][A-Za-z0-9_]*)");

    private Magento2ErrorMessage() {
    }

    /** @return the readable message, or null when the body is no Magento error */
    public static String of(JsonNode body) {
        if (body == null || !body.isObject() || !body.path("message").isTextual()) {
            return null;
        }
        String message = substitute(body.get("message").asText(), body.get("parameters"));
        List<String> parts = new ArrayList<>();
        for (JsonNode error : body.path("errors")) {
            if (error.path("message").isTextual()) {
                parts.add(substitute(error.get("message").asText(), error.get("parameters")));
            }
        }
        return parts.isEmpty() ? message : message + " " + String.join("; ", parts);
    }

    static String substitute(String message, JsonNode parameters) {
        if (parameters == null || parameters.isNull()) {
            return message;
        }
        Matcher placeholder = PLACEHOLDER.matcher(message);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            JsonNode value = valueOf(parameters, placeholder.group(1));
            String replacement = value == null || value.isMissingNode() ? placeholder.group()
                    : value.isValueNode() ? value.asText() : value.toString();
            placeholder.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        placeholder.appendTail(text);
        return text.toString();
    }

    private static JsonNode valueOf(JsonNode parameters, String name) {
        if (Character.isDigit(name.charAt(0))) {
            int position = Integer.parseInt(name);
            // %1 is the first: a list counts from 1, an object may be keyed "1" (Magento's own rendering)
            return parameters.isArray() ? parameters.get(position - 1) : parameters.get(name);
        }
        return parameters.isObject() ? parameters.get(name) : null;
    }
}
