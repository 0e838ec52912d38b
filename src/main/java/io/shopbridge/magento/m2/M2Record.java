package io.shopbridge.magento.m2;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.mapping.Converters;

/**
 * A JSON object a Magento 2 route answered, read as typed values: ids come as numbers or as text
 * ({@code "default_billing": "4"}), amounts as JSON numbers (read exactly, no float on the way), dates as UTC text
 * {@code 2020-04-24 15:50:17}, extras in {@code custom_attributes} and {@code extension_attributes}.
 */
final class M2Record {

    private static final String DATE_TIME = "yyyy-MM-dd HH:mm:ss";

    private final JsonNode node;

    private M2Record(JsonNode node) {
        this.node = node;
    }

    static M2Record of(JsonNode answer, String what) {
        if (answer != null && answer.isObject()) {
            return new M2Record(answer);
        }
        throw new PermanentJobError("Magento answered " + what + " with no object: " + answer);
    }

    /** The value as text; null for a missing, null or empty value. */
    String text(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    /** An id, where Magento writes "none" as 0 (an order address copied from no address book entry). */
    String id(String key) {
        String id = text(key);
        return id == null || id.equals("0") ? null : id;
    }

    BigDecimal decimal(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isNumber() ? value.decimalValue() : Converters.decimal().convert(null, value.asText());
    }

    BigDecimal decimalOrZero(String key) {
        BigDecimal value = decimal(key);
        return value == null ? BigDecimal.ZERO : value;
    }

    boolean flag(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull()
                && Boolean.TRUE.equals(Converters.bool().convert(null, value.isBoolean() ? value.booleanValue()
                        : value.asText()));
    }

    Instant instant(String key) {
        return Converters.instant(DATE_TIME).convert(null, text(key));
    }

    /** A date, whether Magento wrote it alone ({@code 1973-12-15}) or at midnight ({@code 1973-12-15 00:00:00}). */
    LocalDate date(String key) {
        String text = text(key);
        return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    /** A nested object, or null. */
    M2Record record(String key) {
        JsonNode value = node.get(key);
        return value == null || !value.isObject() ? null : new M2Record(value);
    }

    /** Nested objects; none when missing. */
    List<M2Record> records(String key) {
        List<M2Record> records = new ArrayList<>();
        node.path(key).forEach(value -> {
            if (value.isObject()) {
                records.add(new M2Record(value));
            }
        });
        return records;
    }

    /** A list of scalars as text (a street's lines); none when missing. */
    List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        JsonNode value = node.get(key);
        if (value != null && value.isArray()) {
            value.forEach(item -> texts.add(item.asText()));
        } else if (value != null && value.isValueNode() && !value.isNull()) {
            texts.add(value.asText());
        }
        return texts;
    }

    /** An EAV attribute of {@code custom_attributes}, by its code. */
    Optional<JsonNode> customAttribute(String code) {
        for (JsonNode attribute : node.path("custom_attributes")) {
            if (code.equals(attribute.path("attribute_code").asText())) {
                return Optional.of(attribute.path("value"));
            }
        }
        return Optional.empty();
    }
}
