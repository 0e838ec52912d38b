package io.shopbridge.sandbox.magento2.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@code searchCriteria} of a query string, applied to records as Magento does: filter groups AND-ed, the filters
 * of a group OR-ed, sort orders, then the page; the envelope has {@code total_count}, the unpaged count, and a page
 * past the last answers the last page again (Magento's paging quirk). Keys in snake_case or camelCase.
 */
public final class SearchQuery {

    private static final Pattern FILTER = Pattern.compile(
            "searchCriteria\\[(?:filter_groups|filterGroups)]\\[(\\d+)]\\[filters]\\[(\\d+)]\\[(\\w+)]");
    private static final Pattern SORT = Pattern.compile("searchCriteria\\[sortOrders]\\[(\\d+)]\\[(\\w+)]");
    private static final int DEFAULT_PAGE_SIZE = 20;

    private record Filter(String field, String value, String condition) {
    }

    private record Sort(String field, boolean descending) {
    }

    private final List<List<Filter>> groups;
    private final List<Sort> sorts;
    private final Integer pageSize;
    private final int currentPage;

    private SearchQuery(List<List<Filter>> groups, List<Sort> sorts, Integer pageSize, int currentPage) {
        this.groups = groups;
        this.sorts = sorts;
        this.pageSize = pageSize;
        this.currentPage = currentPage;
    }

    public static SearchQuery of(Map<String, String> query) {
        Map<Integer, Map<Integer, Map<String, String>>> filters = new TreeMap<>();
        Map<Integer, Map<String, String>> sorts = new TreeMap<>();
        query.forEach((name, value) -> {
            Matcher filter = FILTER.matcher(name);
            Matcher sort = SORT.matcher(name);
            if (filter.matches()) {
                filters.computeIfAbsent(Integer.valueOf(filter.group(1)), g -> new TreeMap<>())
                        .computeIfAbsent(Integer.valueOf(filter.group(2)), f -> new TreeMap<>())
                        .put(snake(filter.group(3)), value);
            } else if (sort.matches()) {
                sorts.computeIfAbsent(Integer.valueOf(sort.group(1)), s -> new TreeMap<>()).put(sort.group(2), value);
            }
        });
        List<List<Filter>> groups = new ArrayList<>();
        filters.values().forEach(group -> groups.add(group.values().stream()
                .map(f -> new Filter(required(f, "field"), f.get("value"), f.getOrDefault("condition_type", "eq")))
                .toList()));
        List<Sort> sortOrders = sorts.values().stream()
                .map(s -> new Sort(required(s, "field"), "DESC".equalsIgnoreCase(s.get("direction"))))
                .toList();
        String size = query.get("searchCriteria[pageSize]");
        String page = query.get("searchCriteria[currentPage]");
        if (query.keySet().stream().noneMatch(k -> k.startsWith("searchCriteria"))) {
            throw new RestError(400, "\"%fieldName\" is required. Enter and try again.",
                    Map.of("fieldName", "searchCriteria"));
        }
        Integer pageSize = size == null ? null : Integer.valueOf(size);
        if (pageSize != null && pageSize > 300) {
            throw new RestError(400, "Maximum SearchCriteria pageSize is %max", Map.of("max", 300));
        }
        return new SearchQuery(groups, sortOrders, pageSize, page == null ? 1 : Math.max(1, Integer.parseInt(page)));
    }

    /** The envelope Magento answers: the page's items, the criteria echoed, {@code total_count}. */
    public ObjectNode envelope(List<ObjectNode> records, ObjectNode envelope) {
        List<ObjectNode> found = new ArrayList<>(records.stream().filter(this::matches).toList());
        if (!sorts.isEmpty()) {
            Comparator<ObjectNode> order = null;
            for (Sort sort : sorts) {
                Comparator<ObjectNode> by = (a, b) -> compare(a.get(sort.field()), b.get(sort.field()));
                by = sort.descending() ? by.reversed() : by;
                order = order == null ? by : order.thenComparing(by);
            }
            found.sort(order);
        }
        int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        int lastPage = Math.max(1, (found.size() + size - 1) / size);
        int page = Math.min(currentPage, lastPage);
        ArrayNode items = envelope.putArray("items");
        found.stream().skip((long) (page - 1) * size).limit(size).forEach(items::add);
        ObjectNode criteria = envelope.putObject("search_criteria");
        criteria.put("current_page", currentPage);
        if (pageSize != null) {
            criteria.put("page_size", pageSize);
        }
        envelope.put("total_count", found.size());
        return envelope;
    }

    private boolean matches(ObjectNode record) {
        return groups.stream().allMatch(group -> group.stream().anyMatch(filter -> matches(record, filter)));
    }

    private static boolean matches(ObjectNode record, Filter filter) {
        JsonNode field = record.get(filter.field());
        boolean absent = field == null || field.isNull();
        String value = filter.value();
        return switch (filter.condition()) {
            case "null" -> absent;
            case "notnull" -> !absent;
            case "eq" -> !absent && compare(field, value) == 0;
            case "neq" -> absent || compare(field, value) != 0;
            case "gt" -> !absent && compare(field, value) > 0;
            case "gteq", "from", "moreq" -> !absent && compare(field, value) >= 0;
            case "lt" -> !absent && compare(field, value) < 0;
            case "lteq", "to" -> !absent && compare(field, value) <= 0;
            case "in" -> !absent && Arrays.stream(value.split(",")).anyMatch(v -> compare(field, v.trim()) == 0);
            case "nin" -> absent || Arrays.stream(value.split(",")).noneMatch(v -> compare(field, v.trim()) == 0);
            case "like" -> !absent && like(field.asText(), value);
            case "nlike" -> absent || !like(field.asText(), value);
            case "finset" -> !absent && Arrays.asList(field.asText().split(",")).contains(value);
            case "nfinset" -> absent || !Arrays.asList(field.asText().split(",")).contains(value);
            default -> throw RestError.badRequest("Invalid condition type: " + filter.condition());
        };
    }

    private static int compare(JsonNode field, String value) {
        if (field.isNumber() || field.isBoolean()) {
            try {
                BigDecimal number = field.isBoolean() ? BigDecimal.valueOf(field.asBoolean() ? 1 : 0)
                        : field.decimalValue();
                return number.compareTo(new BigDecimal(value.trim()));
            } catch (NumberFormatException e) {
                return field.asText().compareTo(value);
            }
        }
        return field.asText().compareTo(value);
    }

    private static int compare(JsonNode a, JsonNode b) {
        if (a == null || a.isNull()) {
            return b == null || b.isNull() ? 0 : -1;
        }
        if (b == null || b.isNull()) {
            return 1;
        }
        return a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue())
                : a.asText().compareTo(b.asText());
    }

    private static boolean like(String text, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(text).matches();
    }

    private static String snake(String key) {
        return key.equals("conditionType") ? "condition_type" : key;
    }

    private static String required(Map<String, String> parts, String name) {
        String value = parts.get(name);
        if (value == null || value.isBlank()) {
            throw new RestError(400, "\"%fieldName\" is required. Enter and try again.", Map.of("fieldName", name));
        }
        return value;
    }
}
