package io.shopbridge.sandbox.magento1.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code Mage_Sales_Model_Api_Resource::_getAttributes}: a row without {@code entity_id}, its aliases appended. */
public final class ApiAttributes {

    private ApiAttributes() {
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
