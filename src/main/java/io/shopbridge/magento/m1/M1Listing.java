package io.shopbridge.magento.m1;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shopbridge.connector.adapter.ChangedPage;

/**
 * Pages of Magento 1 lists. A 1.x list has no paging and answers every match in no promised order, so pages go by
 * ascending numeric entity id: each page's search asks for the ids above the previous page's last (where the resource
 * filters on its id), and the page is cut from the answer here.
 */
final class M1Listing {

    private M1Listing() {
    }

    /** The filters of a list of records changed since {@code since} (all when null), ids above {@code after}. */
    static Map<String, Object> changedFilter(Instant since, String idFilter, String after) {
        Map<String, Object> filters = new LinkedHashMap<>();
        if (since != null) {
            filters.put("updated_at", Map.of("from", M1Row.filterTime(since)));
        }
        if (after != null) {
            filters.put(idFilter, Map.of("gt", after));
        }
        return filters;
    }

    /**
     * The page of rows with ids above {@code after}: their external ids, and the last id when more rows follow.
     *
     * @param idKey the entity id the pages go by
     * @param externalIdKey what is bound (the entity id itself, or the order's increment id)
     */
    static ChangedPage page(List<M1Row> rows, String idKey, String externalIdKey, String after, int pageSize) {
        long above = after == null ? Long.MIN_VALUE : Long.parseLong(after);
        List<M1Row> sorted = rows.stream()
                .filter(row -> Long.parseLong(row.text(idKey)) > above)
                .sorted(Comparator.comparingLong(row -> Long.parseLong(row.text(idKey))))
                .toList();
        List<M1Row> page = sorted.subList(0, Math.min(pageSize, sorted.size()));
        String next = sorted.size() > pageSize ? page.get(page.size() - 1).text(idKey) : null;
        return new ChangedPage(page.stream().map(row -> row.text(externalIdKey)).toList(), next);
    }
}
