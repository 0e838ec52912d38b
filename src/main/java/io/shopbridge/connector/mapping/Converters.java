package io.shopbridge.connector.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.shopbridge.connector.binding.Binding;

/** The converters direct fields use most: dates, decimals, booleans, and ids through a binder. Null stays null. */
public final class Converters {

    private Converters() {
    }

    /** Text such as {@code 2013-05-25 21:37:06}, in UTC, written with {@code pattern}, → an instant. */
    public static Converter<Object, Instant> instant(String pattern) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern);
        return (context, value) -> value == null || value.toString().isBlank() ? null
                : LocalDateTime.parse(value.toString(), format).toInstant(ZoneOffset.UTC);
    }

    /** An instant → text in UTC written with {@code pattern}. */
    public static Converter<Instant, String> text(String pattern) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC);
        return (context, value) -> value == null ? null : format.format(value);
    }

    /** A number or its text ({@code "12.5000"}) → a decimal, exactly (no float on the way). */
    public static Converter<Object, BigDecimal> decimal() {
        return (context, value) -> value == null || value.toString().isBlank() ? null
                : value instanceof BigDecimal d ? d : new BigDecimal(value.toString().trim());
    }

    /** A flag as APIs write it ({@code true}, {@code 1}, {@code "1"}, {@code "true"}) → a boolean. */
    public static Converter<Object, Boolean> bool() {
        return (context, value) -> {
            if (value == null) {
                return null;
            }
            if (value instanceof Boolean flag) {
                return flag;
            }
            if (value instanceof Number number) {
                return number.doubleValue() != 0;
            }
            String text = value.toString().trim();
            return !(text.isEmpty() || text.equals("0") || text.equalsIgnoreCase("false"));
        };
    }

    /** An ERP id → the external id its binding of {@code bindingModel} holds (null when it is not bound). */
    public static Converter<Long, String> externalId(String bindingModel) {
        return (context, erpId) -> erpId == null ? null : context.binder(bindingModel).forErp(context.env(), erpId)
                .map(Binding::externalId).orElse(null);
    }

    /** An external id → the ERP id bound to it through {@code bindingModel} (null when none is). */
    public static Converter<Object, Long> erpId(String bindingModel) {
        return (context, externalId) -> externalId == null ? null
                : context.binder(bindingModel).toErp(context.env(), externalId.toString()).orElse(null);
    }
}
