package io.shopbridge.sandbox.magento1;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an XML-RPC response into plain Java values (struct to map, array to list, scalars as their text, {@code nil}
 * to null; {@code int} and {@code boolean} to Integer and Boolean so tests can tell them from strings), with a DOM
 * parser rather than the project's own codec.
 */
final class XmlRpcAnswers {

    private XmlRpcAnswers() {
    }

    static Object result(String response) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            var document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.getBytes(StandardCharsets.UTF_8)));
            Element value = (Element) document.getElementsByTagName("param").item(0);
            if (value == null) {
                throw new AssertionError("Not a successful response: " + response);
            }
            return value(firstElement(value));
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable XML-RPC response: " + response, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> struct(String response) {
        return (Map<String, Object>) result(response);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> structs(String response) {
        return (List<Map<String, Object>>) result(response);
    }

    private static Object value(Element value) {
        Element typed = firstElement(value);
        if (typed == null) {
            return value.getTextContent();
        }
        return switch (typed.getTagName()) {
            case "nil" -> null;
            case "int", "i4" -> Integer.valueOf(typed.getTextContent().trim());
            case "boolean" -> "1".equals(typed.getTextContent().trim());
            case "array" -> {
                List<Object> list = new ArrayList<>();
                Element data = firstElement(typed);
                for (Node child = data.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element element) {
                        list.add(value(element));
                    }
                }
                yield list;
            }
            case "struct" -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (Node child = typed.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element member) {
                        Element name = (Element) member.getElementsByTagName("name").item(0);
                        map.put(name.getTextContent(), value(nextElement(name)));
                    }
                }
                yield map;
            }
            default -> typed.getTextContent();
        };
    }

    private static Element firstElement(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static Element nextElement(Node node) {
        for (Node next = node.getNextSibling(); next != null; next = next.getNextSibling()) {
            if (next instanceof Element element) {
                return element;
            }
        }
        return null;
    }
}
