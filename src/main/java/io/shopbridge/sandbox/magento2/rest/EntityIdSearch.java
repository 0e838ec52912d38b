package io.shopbridge.sandbox.magento2.rest;

import java.util.HashMap;
import java.util.Map;

/**
 * A search of records that name their id {@code id} (customers, products, categories) while Magento's searches filter
 * and sort it as {@code entity_id}, the column it is.
 */
public final class EntityIdSearch {

    private EntityIdSearch() {
    }

    public static SearchQuery of(Map<String, String> query) {
        Map<String, String> renamed = new HashMap<>();
        query.forEach((name, value) -> renamed.put(name,
                name.endsWith("[field]") && "entity_id".equals(value) ? "id" : value));
        return SearchQuery.of(renamed);
    }
}
