package io.shopbridge.magento.m1;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.mapping.Converters;

/**
 * A struct a Magento 1 call answered, read as typed values: M1 answers columns as text (amounts {@code "12.5000"},
 * flags {@code "0"/"1"}, UTC dates {@code 2013-05-25 21:37:06}), ids sometimes as ints, and NULL as nil.
 */
final class M1Row {

    static final String DATE_TIME = "yyyy-MM-dd HH:mm:ss";
    private static final DateTimeFormatter FILTER_TIME = DateTimeFormatter.ofPattern(DATE_TIME).withZone(ZoneOffset.UTC);

    private final Map<?, ?> raw;

    private M1Row(Map<?, ?> raw) {
        this.raw = raw;
    }

    static M1Row of(Object answer, String what) {
        if (answer instanceof Map<?, ?> struct) {
            return new M1Row(struct);
        }
        throw new PermanentJobError("Magento answered " + what + " with no struct: " + answer);
    }

    static List<M1Row> list(Object answer, String what) {
        if (answer instanceof List<?> rows) {
            return rows.stream().map(row -> of(row, what)).toList();
        }
        throw new PermanentJobError("Magento answered " + what + " with no array: " + answer);
    }

    /** An instant as M1 filters on dates take it. */
    static String filterTime(Instant at) {
        return FILTER_TIME.format(at);
    }

    /** The value as text; null for nil or an empty string. */
    String text(String key) {
        Object value = raw.get(key);
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }

    BigDecimal decimal(String key) {
        return Converters.decimal().convert(null, raw.get(key));
    }

    BigDecimal decimalOrZero(String key) {
        BigDecimal value = decimal(key);
        return value == null ? BigDecimal.ZERO : value;
    }

    boolean flag(String key) {
        return Boolean.TRUE.equals(Converters.bool().convert(null, raw.get(key)));
    }

    Instant instant(String key) {
        return Converters.instant(DATE_TIME).convert(null, raw.get(key));
    }

    LocalDate date(String key) {
        Instant at = instant(key);
        return at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    M1Row row(String key) {
        Object value = raw.get(key);
        return value == null ? null : of(value, key);
    }

    List<M1Row> rows(String key) {
        Object value = raw.get(key);
        return value == null ? List.of() : list(value, key);
    }

    List<String> texts(String key) {
        return raw.get(key) instanceof List<?> values ? values.stream().map(Object::toString).toList() : List.of();
    }
}
