package io.shopbridge.replay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.shopbridge.magento.xmlrpc.XmlRpcCall;

/**
 * What makes two Magento 1 API calls the same call, whatever client wrote them: the core method and the arguments as
 * PHP reads them, the session aside.
 *
 * <ul>
 * <li>{@code ol_} and {@code oerp_} methods are the OCA extension's names for core calls
 * ({@code ol_catalog_product.info} is {@code catalog_product.info}).
 * <li>Scalars compare as PHP compares them: {@code <int>337</int>} is {@code "337"}, {@code <double>30.0</double>} is
 * {@code "30.0000"}, {@code true} is {@code 1}.
 * <li>The OCA extension lists a customer's addresses with a filter, {@code customer_address.list({customer_id: {eq:
 * 136}})}, where core Magento takes the customer id, {@code customer_address.list(136)}.
 * <li>Trailing arguments left at Magento's default are dropped: {@code nil}, and the identifier type {@code "id"} of
 * the product calls (Magento reads an integer-looking identifier as an id when no type is given).
 * </ul>
 *
 * @param method the core method, e.g. {@code catalog_product.info}
 * @param args the arguments in canonical form (strings, lists, sorted maps, nulls)
 */
public record RecordedCallKey(String method, List<Object> args) {

    /** Position of the identifier type argument of the core calls that take one. */
    private static final Map<String, Integer> IDENTIFIER_TYPE_POSITION = Map.of(
            "catalog_product.info", 3,
            "product_media.list", 2,
            "cataloginventory_stock_item.update", 2);

    /** The list calls of core Magento that take their parent's id, by the field the OCA extension filters on. */
    private static final Map<String, String> LISTED_BY_PARENT = Map.of("customer_address.list", "customer_id");

    private static final List<String> EXTENSION_PREFIXES = List.of("ol_", "oerp_");

    public static boolean isCall(XmlRpcCall request) {
        return request.method().equals("call") && request.params().size() >= 2;
    }

    /** @param request a {@code call(session, method[, args])} */
    public static RecordedCallKey of(XmlRpcCall request) {
        List<?> args = request.params().size() > 2 && request.params().get(2) instanceof List<?> list ? list
                : request.params().size() > 2 ? List.of(request.params().get(2)) : List.of();
        return of((String) request.params().get(1), args);
    }

    public static RecordedCallKey of(String method, List<?> args) {
        String core = coreMethod(method);
        List<Object> canonical = new ArrayList<>();
        for (Object arg : args) {
            canonical.add(canonical(arg));
        }
        String parentField = LISTED_BY_PARENT.get(core);
        if (parentField != null && canonical.size() == 1 && canonical.get(0) instanceof Map<?, ?> filters
                && filters.size() == 1 && filters.get(parentField) instanceof Map<?, ?> condition
                && condition.size() == 1 && condition.containsKey("eq")) {
            canonical.set(0, condition.get("eq"));
        }
        Integer identifierType = IDENTIFIER_TYPE_POSITION.get(core);
        if (identifierType != null && canonical.size() > identifierType && "id".equals(canonical.get(identifierType))) {
            canonical.set(identifierType, null);
        }
        while (!canonical.isEmpty() && canonical.get(canonical.size() - 1) == null) {
            canonical.remove(canonical.size() - 1);
        }
        return new RecordedCallKey(core, List.copyOf(canonical.stream().map(a -> a == null ? NIL : a).toList()));
    }

    public static String coreMethod(String method) {
        for (String prefix : EXTENSION_PREFIXES) {
            if (method.startsWith(prefix)) {
                return method.substring(prefix.length());
            }
        }
        return method;
    }

    /** A nil argument inside the list ({@code List.copyOf} takes no nulls). */
    private static final String NIL = "<nil/>";

    private static Object canonical(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean flag) {
            return flag ? "1" : "0";
        }
        if (value instanceof Number || value instanceof String) {
            return number(value.toString());
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            for (Object item : list) {
                Object canonical = canonical(item);
                items.add(canonical == null ? NIL : canonical);
            }
            return items;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> sorted.put(String.valueOf(key), item == null ? NIL : canonical(item)));
            return sorted;
        }
        return value.toString();
    }

    /** A decimal number in one notation ({@code "30.0"}, {@code "30.0000"}, {@code 30} are {@code "30"}). */
    private static String number(String text) {
        if (!text.matches("-?\\d+(\\.\\d+)?")) {
            return text;
        }
        return new BigDecimal(text).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return method + args;
    }
}
