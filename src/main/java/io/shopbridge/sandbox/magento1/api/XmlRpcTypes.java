package io.shopbridge.sandbox.magento1.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Zend_XmlRpc_Server's signature check: the XML-RPC type names of the request's parameters must equal one of the
 * method's prototypes exactly (a struct is not an array, an int is not a string).
 */
final class XmlRpcTypes {

    static final String STRING = "string";
    static final String ARRAY = "array";

    private XmlRpcTypes() {
    }

    static boolean matchesAny(List<Object> params, List<List<String>> prototypes) {
        List<String> types = params.stream().map(XmlRpcTypes::typeOf).toList();
        return prototypes.contains(types);
    }

    private static String typeOf(Object value) {
        if (value == null) {
            return "nil";
        }
        if (value instanceof String) {
            return STRING;
        }
        if (value instanceof Integer || value instanceof Long) {
            return "int";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Double) {
            return "double";
        }
        if (value instanceof LocalDateTime) {
            return "dateTime.iso8601";
        }
        if (value instanceof byte[]) {
            return "base64";
        }
        if (value instanceof List<?>) {
            return ARRAY;
        }
        if (value instanceof Map<?, ?>) {
            return "struct";
        }
        throw new IllegalArgumentException("Not an XML-RPC value: " + value.getClass().getName());
    }
}
