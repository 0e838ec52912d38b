package io.shopbridge.connector.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/** Job arguments are a JSON object: written from a map (or checked JSON text), read back as a map. */
public final class JobArgs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    /** Bound once: each job's read goes straight to the map deserializer. */
    private static final ObjectReader READER = JSON.readerFor(MAP);

    private JobArgs() {
    }

    public static String toJson(Object body) {
        if (body == null) {
            return "{}";
        }
        if (body instanceof String text) {
            fromJson(text);
            return text;
        }
        if (body instanceof Map<?, ?> map) {
            try {
                return JSON.writeValueAsString(map);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Job args cannot be written as JSON: " + e.getOriginalMessage(), e);
            }
        }
        throw new IllegalArgumentException(
                "Job args must be a map or a JSON object, not " + body.getClass().getSimpleName());
    }

    public static Map<String, Object> fromJson(String json) {
        try {
            Map<String, Object> args = READER.readValue(json);
            if (args == null) {
                throw new IllegalArgumentException("Job args must be a JSON object, got null");
            }
            return args;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Job args are not a JSON object: " + e.getOriginalMessage(), e);
        }
    }

    /** queue_job's identity_exact: the same job on the same record with the same args. */
    static String identity(String name, String backend, String model, Long recordId, String args) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = name + '\n' + backend + '\n' + model + '\n' + recordId + '\n' + args;
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
