package io.shopbridge.sandbox.magento1.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code Mage_Sales_Model_Api_Resource::_getAttributes}: a row without {@code entity_id}, its aliases appended. */
public final class ApiAttributes {

    private ApiAttributes() {
    }

    /**
     * An EAV collection item's row: its id alias, then only the attributes that are set ({@code isset}), as
     * {@code customer.list} and {@code customer_address.list} build them.
     */
    public static Map<String, Object> setOnly(String idAlias, long id, Map<String, Object> attributes) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(idAlias, Long.toString(id));
        attributes.forEach((code, value) -> {
            if (value != null) {
                row.put(code, value);
            }
        });
        return row;
    }

    /** @param idAlias the name the API gives {@code entity_id}, e.g. {@code order_id}; null for none */
    public static Map<String, Object> of(Map<String, Object> row, String idAlias) {
        Map<String, Object> attributes = new LinkedHashMap<>(row);
        attributes.remove("entity_id");
        if (idAlias != null) {
            attributes.put(idAlias, row.get("entity_id"));
        }
        return attributes;
    }
}
