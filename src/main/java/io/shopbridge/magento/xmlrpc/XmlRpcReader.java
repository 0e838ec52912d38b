package io.shopbridge.magento.xmlrpc;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Maps a parsed XML-RPC document to Java values, strictly: anything unexpected is a format error. */
final class XmlRpcReader {

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final int QUOTE_MAX = 40;

    private final int maxDepth;

    XmlRpcReader(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    XmlRpcCall readCall(Document document) {
        Element root = root(document, "methodCall");
        List<Element> parts = children(root);
        if (parts.isEmpty() || !parts.get(0).getTagName().equals("methodName")) {
            throw fail("<methodCall> must start with <methodName>");
        }
        String method = trimXmlWhitespace(text(parts.get(0)));
        if (method.isEmpty()) {
            throw fail("empty <methodName>");
        }
        if (parts.size() > 2 || parts.size() == 2 && !parts.get(1).getTagName().equals("params")) {
            throw fail("unexpected <" + parts.get(parts.size() - 1).getTagName() + "> in <methodCall>");
        }
        List<Object> params = new ArrayList<>();
        if (parts.size() == 2) {
            for (Element param : children(parts.get(1))) {
                expect(param, "param");
                params.add(value(only(param, "value"), 0));
            }
        }
        return new XmlRpcCall(method, Collections.unmodifiableList(params));
    }

    Object readResponse(Document document) throws XmlRpcFault {
        Element body = only(root(document, "methodResponse"), null);
        switch (body.getTagName()) {
            case "params": {
                List<Element> params = children(body);
                if (params.size() != 1) {
                    throw fail("a response carries exactly one <param>, found " + params.size());
                }
                expect(params.get(0), "param");
                return value(only(params.get(0), "value"), 0);
            }
            case "fault":
                throw fault(value(only(body, "value"), 0));
            default:
                throw fail("unexpected <" + body.getTagName() + "> in <methodResponse>");
        }
    }

    private static XmlRpcFault fault(Object value) {
        if (!(value instanceof Map<?, ?> fault) || !fault.containsKey("faultCode") || !fault.containsKey("faultString")) {
            throw fail("a <fault> must be a struct with faultCode and faultString");
        }
        Object code = fault.get("faultCode");
        Object message = fault.get("faultString");
        if (!(message instanceof String)) {
            throw fail("faultString is not a string");
        }
        if (code instanceof Integer i) {
            return new XmlRpcFault(i, (String) message);
        }
        // Magento's inline multiCall faults carry the code as a string; accept that here too.
        if (code instanceof String s && INTEGER.matcher(trimXmlWhitespace(s)).matches()) {
            try {
                return new XmlRpcFault(Integer.parseInt(trimXmlWhitespace(s)), (String) message);
            } catch (NumberFormatException e) {
                // out of range, reported below
            }
        }
        throw fail("faultCode is not an int: " + quote(String.valueOf(code)));
    }

    /** @param depth how many arrays/structs enclose this value */
    private Object value(Element value, int depth) {
        if (!hasElementChild(value)) {
            // Untyped: a string, whitespace and all (XML-RPC spec).
            return text(value);
        }
        Element typed = only(value, null);
        String type = typed.getTagName();
        switch (type) {
            case "string":
                return text(typed);
            case "int":
            case "i4":
                return integer(typed, type, false);
            case "i8":
                return integer(typed, type, true);
            case "boolean": {
                String text = scalarText(typed);
                if (text.equals("1") || text.equals("0")) {
                    return text.equals("1");
                }
                throw fail("<boolean> must be 0 or 1, got " + quote(text));
            }
            case "double":
                return decimal(typed);
            case "dateTime.iso8601": {
                String text = scalarText(typed);
                LocalDateTime parsed = XmlRpcDateTime.parse(text);
                if (parsed == null) {
                    throw fail("bad <dateTime.iso8601> " + quote(text) + ", expected yyyyMMddTHH:mm:ss");
                }
                return parsed;
            }
            case "base64":
                try {
                    return Base64.getDecoder().decode(stripXmlWhitespace(text(typed)));
                } catch (IllegalArgumentException e) {
                    throw fail("bad <base64>: " + e.getMessage());
                }
            case "array":
                return array(typed, enter(depth));
            case "struct":
                return struct(typed, enter(depth));
            default:
                // Apache XML-RPC writes the extension types with an "ex:" prefix.
                String local = type.substring(type.indexOf(':') + 1);
                if (local.equals("nil")) {
                    if (!scalarText(typed).isEmpty()) {
                        throw fail("<" + type + "> must be empty");
                    }
                    return null;
                }
                if (local.equals("i8")) {
                    return integer(typed, type, true);
                }
                throw fail("unknown value type <" + type + ">");
        }
    }

    private int enter(int depth) {
        if (depth >= maxDepth) {
            throw fail("arrays/structs nested deeper than " + maxDepth);
        }
        return depth + 1;
    }

    private List<Object> array(Element array, int depth) {
        Element data = only(array, "data");
        List<Object> values = new ArrayList<>();
        for (Element value : children(data)) {
            expect(value, "value");
            values.add(value(value, depth));
        }
        return values;
    }

    /** A repeated member name keeps its first position and its last value, as PHP and Python do. */
    private Map<String, Object> struct(Element struct, int depth) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (Element member : children(struct)) {
            expect(member, "member");
            Element name = null;
            Element value = null;
            for (Element part : children(member)) {
                if (part.getTagName().equals("name") && name == null) {
                    name = part;
                } else if (part.getTagName().equals("value") && value == null) {
                    value = part;
                } else {
                    throw fail("unexpected <" + part.getTagName() + "> in <member>");
                }
            }
            if (name == null || value == null) {
                throw fail("a <member> needs one <name> and one <value>");
            }
            members.put(text(name), value(value, depth));
        }
        return members;
    }

    private static Object integer(Element element, String type, boolean wide) {
        String text = scalarText(element);
        if (INTEGER.matcher(text).matches()) {
            try {
                return wide ? (Object) Long.parseLong(text) : (Object) Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw fail("<" + type + "> out of range: " + quote(text));
            }
        }
        throw fail("bad <" + type + "> " + quote(text));
    }

    private static Double decimal(Element element) {
        String text = scalarText(element);
        // Double.parseDouble alone would also take NaN, Infinity, hex and a trailing d or f.
        if (DECIMAL.matcher(text).matches()) {
            double d = Double.parseDouble(text);
            if (!Double.isInfinite(d)) {
                return d;
            }
        }
        throw fail("bad <double> " + quote(text));
    }

    private static Element root(Document document, String name) {
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals(name)) {
            throw fail("expected <" + name + "> as the root element, got <" + root.getTagName() + ">");
        }
        return root;
    }

    private static void expect(Element element, String name) {
        if (!element.getTagName().equals(name)) {
            throw fail("expected <" + name + ">, got <" + element.getTagName() + ">");
        }
    }

    /** The single child element of parent, which must be called name (any name when null). */
    private static Element only(Element parent, String name) {
        List<Element> children = children(parent);
        if (children.size() != 1) {
            throw fail("<" + parent.getTagName() + "> must hold exactly one "
                    + (name == null ? "element" : "<" + name + ">") + ", found " + children.size());
        }
        if (name != null) {
            expect(children.get(0), name);
        }
        return children.get(0);
    }

    /** Child elements; text between them may only be the whitespace of pretty-printing. */
    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            refuseEntityReference(node);
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) node);
            } else if (isText(node) && !stripXmlWhitespace(node.getNodeValue()).isEmpty()) {
                throw fail("unexpected text " + quote(trimXmlWhitespace(node.getNodeValue())) + " in <" + parent.getTagName() + ">");
            }
        }
        return elements;
    }

    private static boolean hasElementChild(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }

    /** The text content exactly as sent; an element inside is an error. */
    private static String text(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            refuseEntityReference(node);
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                throw fail("unexpected <" + node.getNodeName() + "> inside <" + element.getTagName() + ">");
            }
            if (isText(node)) {
                text.append(node.getNodeValue());
            }
        }
        return text.toString();
    }

    /** Only reachable if a DOCTYPE ever got through: then an entity must not silently read as empty text. */
    private static void refuseEntityReference(Node node) {
        if (node.getNodeType() == Node.ENTITY_REFERENCE_NODE) {
            throw fail("entity reference &" + node.getNodeName() + "; is not allowed");
        }
    }

    private static String scalarText(Element element) {
        return trimXmlWhitespace(text(element));
    }

    private static boolean isText(Node node) {
        return node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE;
    }

    private static boolean isXmlWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static String trimXmlWhitespace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isXmlWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && isXmlWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String stripXmlWhitespace(String s) {
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isXmlWhitespace(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static String quote(String s) {
        return "'" + (s.length() > QUOTE_MAX ? s.substring(0, QUOTE_MAX) + "…" : s) + "'";
    }

    private static XmlRpcFormatException fail(String message) {
        return new XmlRpcFormatException(message);
    }
}
