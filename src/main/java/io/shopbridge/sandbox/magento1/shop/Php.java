package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PHP's loose conversions of decoded XML-RPC values, which Magento applies to whatever a client sends. */
public final class Php {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Php() {
    }

    /** {@code empty($value)}. */
    public static boolean isEmpty(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return true;
        }
        if (value instanceof String text) {
            return text.isEmpty() || text.equals("0");
        }
        if (value instanceof Number number) {
            return number.doubleValue() == 0;
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty();
        }
        return value instanceof Map<?, ?> map && map.isEmpty();
    }

    /** {@code (string) $value}; null stays null (an unset argument). */
    public static String toStr(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Boolean flag) {
            return flag ? "1" : "";
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return "Array";
        }
        return value.toString();
    }

    /** {@code (float) $value}: the leading number of a string, 0 when there is none. */
    public static BigDecimal toFloat(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number);
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof String text) {
            Matcher matcher = LEADING_NUMBER.matcher(text);
            return matcher.find() ? new BigDecimal(matcher.group().trim()) : BigDecimal.ZERO;
        }
        return BigDecimal.ZERO;
    }
}
