package io.shopbridge.magento.xmlrpc;

import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.bytes;
import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What goes on the wire for each Java type, checked as exact text. */
class XmlRpcCallEncodingTest {

    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String SID = "4b1d7c0e9a2f48d3b6e5a7c1f0d29e83";

    private final XmlRpcCodec codec = XmlRpcFixtures.codec();

    @Test
    void login() {
        assertEquals(PROLOG + "<methodCall><methodName>login</methodName><params>"
                + "<param><value><string>shopbridge</string></value></param>"
                + "<param><value><string>s3cr3t-api-key</string></value></param>"
                + "</params></methodCall>", utf8(codec.encodeCall("login", List.of("shopbridge", "s3cr3t-api-key"))));
    }

    @Test
    void invoiceCreateMeansTheSameAsThePythonRequest() {
        Map<String, Object> itemsQty = new LinkedHashMap<>();
        itemsQty.put("711", 2.0);
        itemsQty.put("713", 1.0);
        byte[] body = codec.encodeCall("call", List.of(SID, "sales_order_invoice.create",
                List.of("100000317", itemsQty, "Invoice Created", true, false)));

        assertEquals(PROLOG + "<methodCall><methodName>call</methodName><params>"
                + "<param><value><string>" + SID + "</string></value></param>"
                + "<param><value><string>sales_order_invoice.create</string></value></param>"
                + "<param><value><array><data><value><string>100000317</string></value>"
                + "<value><struct><member><name>711</name><value><double>2.0</double></value></member>"
                + "<member><name>713</name><value><double>1.0</double></value></member></struct></value>"
                + "<value><string>Invoice Created</string></value>"
                + "<value><boolean>1</boolean></value><value><boolean>0</boolean></value></data></array></value></param>"
                + "</params></methodCall>", utf8(body));
        assertEquals(codec.parseCall(bytes("sales-order-invoice-create-request.xml")), codec.parseCall(body));
    }

    @Test
    void noParams() {
        assertEquals(PROLOG + "<methodCall><methodName>startSession</methodName><params></params></methodCall>",
                utf8(codec.encodeCall("startSession", List.of())));
    }

    @Test
    void stringsAreEscaped() {
        assertEquals("<value><string>a &amp; b &lt;c&gt; &quot;d&quot; 'e'</string></value>", param("a & b <c> \"d\" 'e'"));
        assertEquals("<value><string>]]&gt;</string></value>", param("]]>"));
        assertEquals("<value><string>line1\nline2&#13;\nline3\ttab</string></value>", param("line1\nline2\r\nline3\ttab"));
        assertEquals("<value><string>Kowalczyk ł é 😀</string></value>", param("Kowalczyk ł é 😀"));
        assertEquals("<methodName>a&amp;b</methodName>", between(utf8(codec.encodeCall("a&b", List.of())), "<methodCall>", "<params>"));
    }

    @Test
    void charactersXmlCannotCarryAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.encodeCall("m", List.of("a\u0001b")));
        assertTrue(e.getMessage().contains("U+0001"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> codec.encodeCall("m", List.of("\u0000")));
        assertThrows(IllegalArgumentException.class, () -> codec.encodeCall("m", List.of("\uFFFE")));
        assertThrows(IllegalArgumentException.class, () -> codec.encodeCall("m", List.of("lone \uD83D surrogate")));
        assertThrows(IllegalArgumentException.class, () -> codec.encodeCall("m", List.of("\uDE00")));
        assertThrows(IllegalArgumentException.class, () -> codec.encodeCall("m", List.of(Map.of("bad\u0007name", 1))));
    }

    @Test
    void nilAndContainers() {
        assertEquals("<value><nil/></value>", param(null));
        assertEquals("<value><array><data/></array></value>", param(List.of()));
        assertEquals("<value><struct/></value>", param(Map.of()));
        assertEquals("<value><array><data><value><nil/></value><value><int>1</int></value></data></array></value>",
                param(Arrays.asList(null, 1)));
        assertEquals("<value><struct><member><name>comment</name><value><nil/></value></member></struct></value>",
                param(nullMember("comment")));
    }

    @Test
    void integers() {
        assertEquals("<value><int>42</int></value>", param(42));
        assertEquals("<value><int>-7</int></value>", param((short) -7));
        assertEquals("<value><int>2147483647</int></value>", param(2147483647L));
        assertEquals("<value><int>-2147483648</int></value>", param(-2147483648L));
        // Documented choice: a Long outside the int range goes as its exact decimal string.
        assertEquals("<value><string>2147483648</string></value>", param(2147483648L));
        assertEquals("<value><string>-9223372036854775808</string></value>", param(Long.MIN_VALUE));
    }

    @Test
    void decimalsAreWrittenWithoutExponent() {
        assertEquals("<value><double>1.0</double></value>", param(1.0));
        assertEquals("<value><double>-2.5</double></value>", param(-2.5));
        assertEquals("<value><double>100000000000000000000</double></value>", param(1e20));
        assertEquals("<value><double>0.00000010</double></value>", param(1e-7));
        assertEquals("<value><double>0.1</double></value>", param(0.1f));
        assertEquals("<value><double>387.2700</double></value>", param(new BigDecimal("387.2700")));
        assertEquals("<value><double>1000</double></value>", param(new BigDecimal("1E+3")));
        assertFalse(param(Double.MAX_VALUE).contains("E"));
        assertFalse(param(Double.MIN_VALUE).contains("E"));
        assertThrows(IllegalArgumentException.class, () -> param(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> param(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> param(Float.NEGATIVE_INFINITY));
    }

    @Test
    void booleansDatesAndBytes() {
        assertEquals("<value><boolean>1</boolean></value>", param(true));
        assertEquals("<value><boolean>0</boolean></value>", param(false));
        assertEquals("<value><dateTime.iso8601>20240314T09:12:05</dateTime.iso8601></value>",
                param(LocalDateTime.of(2024, 3, 14, 9, 12, 5, 999_000_000)));
        assertEquals("<value><base64>U2hvcGJyaWRnZQ==</base64></value>", param(utf8("Shopbridge")));
        assertEquals("<value><base64></base64></value>", param(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> param(LocalDateTime.of(10000, 1, 1, 0, 0)));
    }

    @Test
    void unsupportedTypesAreNamed() {
        assertUnsupported(new Date(), "java.util.Date");
        assertUnsupported(new HashSet<>(Set.of(1)), "java.util.HashSet");
        assertUnsupported(Optional.empty(), "java.util.Optional");
        assertUnsupported(new Object[] { 1 }, "java.lang.Object[]");
        assertUnsupported('c', "java.lang.Character");
        Map<Object, Object> intKeys = new HashMap<>();
        intKeys.put(711, 2.0);
        assertUnsupported(intKeys, "java.lang.Integer");
        assertUnsupported(nullMember(null), "null");
    }

    @Test
    void badMethodOrParams() {
        assertThrows(IllegalArgumentException.class, () -> codec.encodeCall(" ", List.of()));
        assertThrows(IllegalArgumentException.class, () -> codec.encodeCall(null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> codec.encodeCall("m", null));
    }

    @Test
    void cyclesAreRefusedNotOverflowed() {
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.encodeCall("m", List.of(cycle)));
        assertTrue(e.getMessage().contains("deeper than 64"), e.getMessage());
    }

    @Test
    void outputIsUtf8() {
        assertArrayEquals(utf8(PROLOG + "<methodCall><methodName>m</methodName><params><param><value><string>é</string>"
                + "</value></param></params></methodCall>"), codec.encodeCall("m", List.of("é")));
    }

    private String param(Object value) {
        return between(utf8(codec.encodeCall("m", Arrays.asList(value))), "<param>", "</param>");
    }

    private void assertUnsupported(Object value, String typeName) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> param(value));
        assertTrue(e.getMessage().contains(typeName), e.getMessage());
    }

    private static Map<String, Object> nullMember(String name) {
        Map<String, Object> map = new HashMap<>();
        map.put(name, null);
        return map;
    }

    private static String between(String s, String start, String end) {
        int from = s.indexOf(start) + start.length();
        return s.substring(from, s.indexOf(end, from));
    }
}
