package io.shopbridge.sandbox.magento1.shop;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** PHP {@code serialize()} of a flat string-keyed array, as stored in {@code product_options}. */
final class PhpSerialized {

    private PhpSerialized() {
    }

    static String array(Map<String, ?> entries) {
        StringBuilder out = new StringBuilder("a:").append(entries.size()).append(":{");
        entries.forEach((key, value) -> out.append(string(key)).append(value(value)));
        return out.append('}').toString();
    }

    private static String value(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return "i:" + value + ";";
        }
        if (value instanceof Map<?, ?> nested) {
            @SuppressWarnings("unchecked")
            Map<String, ?> entries = (Map<String, ?>) nested;
            return array(entries);
        }
        return string(String.valueOf(value));
    }

    private static String string(String value) {
        return "s:" + value.getBytes(StandardCharsets.UTF_8).length + ":\"" + value + "\";";
    }
}
