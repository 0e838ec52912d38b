package io.shopbridge.sandbox.magento1.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.shopbridge.sandbox.magento1.shop.Php;

/**
 * The {@code attributes} argument of an {@code info} method: null for every attribute, else the codes to keep (a
 * single value counts as a list of one).
 */
public final class AttributeSelection {

    private final List<String> codes;

    private AttributeSelection(List<String> codes) {
        this.codes = codes;
    }

    public static AttributeSelection from(Object argument) {
        if (argument == null) {
            return new AttributeSelection(null);
        }
        List<?> values = argument instanceof List<?> list ? list
                : argument instanceof Map<?, ?> map ? List.copyOf(map.values()) : List.of(argument);
        return new AttributeSelection(values.stream().map(Php::toStr).toList());
    }

    /** Adds to {@code into} the attributes selected, in their own order. */
    public Map<String, Object> putSelected(Map<String, Object> attributes, Map<String, Object> into) {
        Map<String, Object> result = new LinkedHashMap<>(into);
        attributes.forEach((code, value) -> {
            if (codes == null || codes.contains(code)) {
                result.put(code, value);
            }
        });
        return result;
    }
}
