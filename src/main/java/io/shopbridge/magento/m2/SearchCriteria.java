package io.shopbridge.magento.m2;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Magento 2 {@code searchCriteria}: filter groups (AND-ed; the filters inside one group are OR-ed), sort orders and
 * a page. Immutable; {@link #toQuery()} gives the URL-encoded query string of a {@code GET} search route.
 */
public record SearchCriteria(List<List<Filter>> filterGroups, List<Sort> sortOrders, int pageSize, int currentPage) {

    /** Magento's input limit on page sizes (2.4 with input limits enabled refuses more). */
    public static final int MAX_PAGE_SIZE = 300;

    public enum Condition {
        EQ, NEQ, GT, GTEQ, LT, LTEQ, MOREQ, LIKE, NLIKE, IN, NIN, NULL, NOTNULL, FINSET, NFINSET, FROM, TO;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum Direction {
        ASC, DESC
    }

    public record Filter(String field, Condition condition, String value) {
    }

    public record Sort(String field, Direction direction) {
    }

    public SearchCriteria {
        filterGroups = filterGroups.stream().map(List::copyOf).toList();
        sortOrders = List.copyOf(sortOrders);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE + ", not " + pageSize);
        }
        if (currentPage < 1) {
            throw new IllegalArgumentException("currentPage starts at 1, not " + currentPage);
        }
    }

    /** No filter, no sort, the largest page, page 1. */
    public static SearchCriteria all() {
        return new SearchCriteria(List.of(), List.of(), MAX_PAGE_SIZE, 1);
    }

    /** Adds a group of one filter: it must hold, as must every other group. */
    public SearchCriteria where(String field, Condition condition, Object value) {
        return anyOf(new Filter(field, condition, value == null ? null : value.toString()));
    }

    /** Adds a group whose filters are OR-ed. */
    public SearchCriteria anyOf(Filter... filters) {
        if (filters.length == 0) {
            throw new IllegalArgumentException("A filter group needs a filter");
        }
        List<List<Filter>> groups = new ArrayList<>(filterGroups);
        groups.add(List.of(filters));
        return new SearchCriteria(groups, sortOrders, pageSize, currentPage);
    }

    public SearchCriteria sortBy(String field, Direction direction) {
        List<Sort> sorts = new ArrayList<>(sortOrders);
        sorts.add(new Sort(field, direction));
        return new SearchCriteria(filterGroups, sorts, pageSize, currentPage);
    }

    public SearchCriteria pageSize(int size) {
        return new SearchCriteria(filterGroups, sortOrders, size, currentPage);
    }

    public SearchCriteria page(int page) {
        return new SearchCriteria(filterGroups, sortOrders, pageSize, page);
    }

    /** Whether the pages up to this one hold all {@code totalCount} records: Magento repeats the last page past it. */
    public boolean isLastPage(long totalCount) {
        return (long) pageSize * currentPage >= totalCount;
    }

    public String toQuery() {
        List<String> pairs = new ArrayList<>();
        for (int g = 0; g < filterGroups.size(); g++) {
            List<Filter> group = filterGroups.get(g);
            for (int f = 0; f < group.size(); f++) {
                Filter filter = group.get(f);
                String prefix = "searchCriteria[filter_groups][" + g + "][filters][" + f + "]";
                pairs.add(pair(prefix + "[field]", filter.field()));
                if (filter.value() != null) {
                    pairs.add(pair(prefix + "[value]", filter.value()));
                }
                pairs.add(pair(prefix + "[condition_type]", filter.condition().wire()));
            }
        }
        for (int s = 0; s < sortOrders.size(); s++) {
            pairs.add(pair("searchCriteria[sortOrders][" + s + "][field]", sortOrders.get(s).field()));
            pairs.add(pair("searchCriteria[sortOrders][" + s + "][direction]", sortOrders.get(s).direction().name()));
        }
        pairs.add(pair("searchCriteria[pageSize]", Integer.toString(pageSize)));
        pairs.add(pair("searchCriteria[currentPage]", Integer.toString(currentPage)));
        return String.join("&", pairs);
    }

    private static String pair(String name, String value) {
        return encode(name) + '=' + encode(value);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
