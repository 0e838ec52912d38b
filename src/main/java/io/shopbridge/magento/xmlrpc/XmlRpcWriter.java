package io.shopbridge.magento.xmlrpc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes documents the way Magento's Zend server does: declaration, newline, then everything on one line, every
 * value typed (strings as {@code <string>}), nulls as un-namespaced {@code <nil/>}. One instance per document.
 */
final class XmlRpcWriter {

    private final StringBuilder out = new StringBuilder(256).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final int maxDepth;

    private XmlRpcWriter(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    static byte[] call(String method, List<?> params, int maxDepth) {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("method name must not be blank");
        }
        if (params == null) {
            throw new IllegalArgumentException("params must not be null (use an empty list)");
        }
        XmlRpcWriter writer = new XmlRpcWriter(maxDepth);
        writer.out.append("<methodCall><methodName>");
        writer.text(method);
        writer.out.append("</methodName><params>");
        for (Object param : params) {
            writer.out.append("<param>");
            writer.value(param, 0);
            writer.out.append("</param>");
        }
        writer.out.append("</params></methodCall>");
        return writer.bytes();
    }

    static byte[] response(Object value, int maxDepth) {
        XmlRpcWriter writer = new XmlRpcWriter(maxDepth);
        writer.out.append("<methodResponse><params><param>");
        writer.value(value, 0);
        writer.out.append("</param></params></methodResponse>");
        return writer.bytes();
    }

    static byte[] fault(int code, String message) {
        Map<String, Object> fault = new LinkedHashMap<>();
        fault.put("faultCode", code);
        fault.put("faultString", message == null ? "" : message);
        XmlRpcWriter writer = new XmlRpcWriter(1);
        writer.out.append("<methodResponse><fault>");
        writer.value(fault, 0);
        writer.out.append("</fault></methodResponse>");
        return writer.bytes();
    }

    private byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @param depth how many arrays/structs enclose this value */
    private void value(Object value, int depth) {
        out.append("<value>");
        if (value == null) {
            out.append("<nil/>");
        } else if (value instanceof String s) {
            out.append("<string>");
            text(s);
            out.append("</string>");
        } else if (value instanceof Integer || value instanceof Short) {
            scalar("int", value.toString());
        } else if (value instanceof Long l) {
            // <int> is 32-bit; <i8> is an extension Zend and xmlrpclib may refuse, and a <double> would round ids
            // above 2^53, so a wide Long goes as the decimal string Magento uses for ids anyway.
            scalar(l == l.intValue() ? "int" : "string", l.toString());
        } else if (value instanceof Boolean b) {
            scalar("boolean", b ? "1" : "0");
        } else if (value instanceof Double d) {
            scalar("double", plain(d));
        } else if (value instanceof Float f) {
            // Via Float.toString so 0.1f goes out as 0.1, not as its double widening 0.10000000149011612.
            checkFinite(f.doubleValue());
            scalar("double", new BigDecimal(f.toString()).toPlainString());
        } else if (value instanceof BigDecimal d) {
            scalar("double", d.toPlainString());
        } else if (value instanceof LocalDateTime t) {
            scalar("dateTime.iso8601", XmlRpcDateTime.format(t));
        } else if (value instanceof byte[] b) {
            scalar("base64", Base64.getEncoder().encodeToString(b));
        } else if (value instanceof List<?> list) {
            array(list, enter(depth));
        } else if (value instanceof Map<?, ?> map) {
            struct(map, enter(depth));
        } else {
            throw new IllegalArgumentException("cannot encode a " + value.getClass().getTypeName() + " as XML-RPC");
        }
        out.append("</value>");
    }

    private int enter(int depth) {
        if (depth >= maxDepth) {
            throw new IllegalArgumentException("arrays/structs nested deeper than " + maxDepth + " (a cycle?)");
        }
        return depth + 1;
    }

    private void array(List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("<array><data/></array>");
            return;
        }
        out.append("<array><data>");
        for (Object element : list) {
            value(element, depth);
        }
        out.append("</data></array>");
    }

    private void struct(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("<struct/>");
            return;
        }
        out.append("<struct>");
        for (Map.Entry<?, ?> member : map.entrySet()) {
            if (!(member.getKey() instanceof String name)) {
                Object key = member.getKey();
                throw new IllegalArgumentException("struct member names must be Strings, got "
                        + (key == null ? "null" : "a " + key.getClass().getTypeName()));
            }
            out.append("<member><name>");
            text(name);
            out.append("</name>");
            value(member.getValue(), depth);
            out.append("</member>");
        }
        out.append("</struct>");
    }

    private void scalar(String type, String text) {
        out.append('<').append(type).append('>').append(text).append("</").append(type).append('>');
    }

    private static String plain(double d) {
        checkFinite(d);
        return BigDecimal.valueOf(d).toPlainString();
    }

    private static void checkFinite(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("XML-RPC has no " + d);
        }
    }

    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                // As Zend's XMLWriter does; harmless in text.
                case '"' -> out.append("&quot;");
                // A raw CR would come back as LF: XML parsers normalise line ends.
                case '\r' -> out.append("&#13;");
                case '\t', '\n' -> out.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
                        // XML 1.0 cannot carry these at all, not even as character references.
                        throw new IllegalArgumentException(String.format(
                                "character U+%04X at index %d cannot be written in XML 1.0", (int) c, i));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
