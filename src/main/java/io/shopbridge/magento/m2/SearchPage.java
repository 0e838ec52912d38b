package io.shopbridge.magento.m2;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** One page of a Magento 2 search: its records, the unpaged count, and the criteria that asked for it. */
public record SearchPage(List<JsonNode> items, long totalCount, SearchCriteria criteria) {

    public SearchPage {
        items = List.copyOf(items);
    }

    /** Whether no page follows: this one and those before hold {@code total_count} records (or this one is empty). */
    public boolean isLast() {
        return items.isEmpty() || criteria.isLastPage(totalCount);
    }
}
