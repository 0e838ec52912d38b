package io.shopbridge.sandbox.magento2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.shopbridge.sandbox.magento2.rest.RestError;
import io.shopbridge.sandbox.magento2.rest.RestRequest;

/**
 * Reads a platform-http request as a {@link RestRequest}: from the raw request URI, so that an encoded slash stays
 * inside its segment ({@code products/a%2Fb}), with the store code of {@code /rest/<store>/V1/...} apart.
 */
final class Magento2HttpRequests {

    private static final String REST = "/rest/";

    private Magento2HttpRequests() {
    }

    static RestRequest read(Message message, ObjectMapper json) {
        String uri = message.getHeader(Exchange.HTTP_URI, String.class);
        int queryStart = uri.indexOf('?');
        String rawPath = queryStart < 0 ? uri : uri.substring(0, queryStart);
        String rawQuery = queryStart < 0 ? "" : uri.substring(queryStart + 1);
        int rest = rawPath.indexOf(REST);
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.substring(rest + REST.length()).split("/", -1)) {
            segments.add(percentDecode(segment));
        }
        String store = null;
        if (!segments.isEmpty() && !segments.get(0).equals("V1")) {
            store = segments.remove(0);
        }
        if (segments.isEmpty() || !segments.get(0).equals("V1")) {
            throw new RestError(404, "Request does not match any route.", null);
        }
        segments.remove(0);
        String authorization = message.getHeader("Authorization", String.class);
        String bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        return new RestRequest(message.getHeader(Exchange.HTTP_METHOD, String.class), store, segments,
                query(rawQuery), body(message, json), bearer);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.put(name, value);
        }
        return query;
    }

    private static com.fasterxml.jackson.databind.JsonNode body(Message message, ObjectMapper json) {
        byte[] body = message.getBody(byte[].class);
        if (body == null || body.length == 0) {
            return json.nullNode();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw RestError.badRequest("Decoding error: the request body is no JSON");
        }
    }

    /** Percent-decoding of a path segment: unlike a query, a {@code +} is a plus. */
    static String percentDecode(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length()) {
                bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
