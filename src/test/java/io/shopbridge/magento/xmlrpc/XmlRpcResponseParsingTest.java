package io.shopbridge.magento.xmlrpc;

import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.bytes;
import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.response;
import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.text;
import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Zend-shaped success responses (one line, strings and nils) and the other value forms a server may send. */
class XmlRpcResponseParsingTest {

    private final XmlRpcCodec codec = XmlRpcFixtures.codec();

    @Test
    void loginAnswersTheSessionId() throws XmlRpcFault {
        assertEquals("4b1d7c0e9a2f48d3b6e5a7c1f0d29e83", codec.parseResponse(bytes("login-response.xml")));
    }

    @Test
    void orderInfoKeepsStringsNilsAndMemberOrder() throws XmlRpcFault {
        Map<String, Object> order = map(codec.parseResponse(bytes("sales-order-info-response.xml")));

        assertInstanceOf(LinkedHashMap.class, order);
        assertEquals(List.of("state", "status", "coupon_code", "protect_code"), List.copyOf(order.keySet()).subList(0, 4));
        assertEquals("100000317", order.get("increment_id"));
        assertEquals("244", order.get("order_id"));
        assertEquals("387.2700", order.get("grand_total"));
        assertEquals("3.0000", order.get("total_qty_ordered"));
        assertEquals("2024-03-14 09:12:05", order.get("created_at"));
        assertTrue(order.containsKey("coupon_code"));
        assertNull(order.get("coupon_code"));
        assertEquals("Main Website\nShopbridge Demo Store\nEnglish", order.get("store_name"));
        assertEquals(text("sales-order-info-response.xml").split("<nil/>", -1).length - 1, countNulls(order));
    }

    @Test
    void orderInfoNestsItemsAddressesPaymentAndHistory() throws XmlRpcFault {
        Map<String, Object> order = map(codec.parseResponse(bytes("sales-order-info-response.xml")));

        List<Object> items = list(order.get("items"));
        assertEquals(4, items.size());
        Map<String, Object> shirt = map(items.get(0));
        assertEquals("711", shirt.get("item_id"));
        assertEquals("2.0000", shirt.get("qty_ordered"));
        assertEquals(Boolean.TRUE, shirt.get("has_children"));
        assertNull(shirt.get("parent_item_id"));
        assertTrue(((String) shirt.get("product_options")).contains("s:11:\"simple_name\";s:18:\"Harbor Linen Shirt\";"));
        assertEquals("711", map(items.get(1)).get("parent_item_id"));
        assertEquals("1.0000", map(items.get(2)).get("qty_ordered"));

        Map<String, Object> shipping = map(order.get("shipping_address"));
        assertEquals("shipping", shipping.get("address_type"));
        assertEquals("42 Quarry Lane, Unit 7", shipping.get("street"));
        assertNull(shipping.get("company"));
        assertEquals("billing", map(order.get("billing_address")).get("address_type"));

        Map<String, Object> payment = map(order.get("payment"));
        assertEquals("checkmo", payment.get("method"));
        assertEquals(List.of(), payment.get("additional_information"));

        List<Object> history = list(order.get("status_history"));
        assertEquals(1, history.size());
        assertEquals("Customer asked for \"gift wrap\" & a <handwritten> note.\r\nThanks!", map(history.get(0)).get("comment"));
    }

    @Test
    void productInfoHasEmptyArraysAndDatesAsStrings() throws XmlRpcFault {
        Map<String, Object> product = map(codec.parseResponse(bytes("catalog-product-info-response.xml")));

        assertEquals("1204", product.get("product_id"));
        assertEquals("hls104-navy-l", product.get("sku"));
        assertEquals("89.0000", product.get("price"));
        assertEquals(List.of(), product.get("categories"));
        assertEquals(List.of("1"), product.get("websites"));
        assertEquals("2023-11-02T10:04:51+01:00", product.get("created_at"));
        assertTrue(product.containsKey("news_from_date"));
        assertNull(product.get("news_from_date"));
    }

    @Test
    void customerInfo() throws XmlRpcFault {
        Map<String, Object> customer = map(codec.parseResponse(bytes("customer-info-response.xml")));

        assertEquals("271", customer.get("customer_id"));
        assertEquals("marta.kowalczyk@example.org", customer.get("email"));
        assertEquals("1987-09-23 00:00:00", customer.get("dob"));
        assertEquals("318", customer.get("default_billing"));
        assertTrue(customer.containsKey("middlename"));
        assertNull(customer.get("middlename"));
    }

    @Test
    void invoiceCreateAnswersAnInt() throws XmlRpcFault {
        assertEquals(987654321, codec.parseResponse(bytes("sales-order-invoice-create-response.xml")));
    }

    @Test
    void multiCallReturnsInlineFaultsAsPlainStructs() throws XmlRpcFault {
        List<Object> results = list(codec.parseResponse(bytes("multicall-response.xml")));

        assertEquals(2, results.size());
        assertEquals("Kowalczyk", map(results.get(0)).get("lastname"));
        Map<String, Object> failure = map(results.get(1));
        assertEquals(Boolean.TRUE, failure.get("isFault"));
        assertEquals("100", failure.get("faultCode"));
        assertEquals("Requested order not exists.", failure.get("faultMessage"));
    }

    @Test
    void untypedValueIsAStringWithItsWhitespace() throws XmlRpcFault {
        assertEquals("  two  words \n", codec.parseResponse(response("<value>  two  words \n</value>")));
        assertEquals("", codec.parseResponse(response("<value></value>")));
        assertEquals("", codec.parseResponse(response("<value/>")));
    }

    @Test
    void stringKeepsWhitespaceCdataAndReferences() throws XmlRpcFault {
        assertEquals("\n  x \t\n", codec.parseResponse(response("<value><string>\n  x \t\n</string></value>")));
        assertEquals("", codec.parseResponse(response("<value><string/></value>")));
        assertEquals("a <b> & c\r", codec.parseResponse(response("<value><string>a <![CDATA[<b> &]]> c&#13;</string></value>")));
        assertEquals("é€😀", codec.parseResponse(response("<value><string>é&#x20AC;&#128512;</string></value>")));
    }

    @Test
    void nilInAllItsSpellings() throws XmlRpcFault {
        assertNull(codec.parseResponse(response("<value><nil/></value>")));
        assertNull(codec.parseResponse(response("<value><nil></nil></value>")));
        assertNull(codec.parseResponse(response("<value><ex:nil/></value>")));
        assertNull(codec.parseResponse(utf8("<methodResponse xmlns:ex=\"http://ws.apache.org/xmlrpc/namespaces/extensions\">"
                + "<params><param><value><ex:nil/></value></param></params></methodResponse>")));
    }

    @Test
    void integersAndDoubles() throws XmlRpcFault {
        assertEquals(42, codec.parseResponse(response("<value><int>42</int></value>")));
        assertEquals(-7, codec.parseResponse(response("<value><i4>-7</i4></value>")));
        assertEquals(7, codec.parseResponse(response("<value><int> +7 </int></value>")));
        assertEquals(Integer.MIN_VALUE, codec.parseResponse(response("<value><int>-2147483648</int></value>")));
        assertEquals(9_000_000_000L, codec.parseResponse(response("<value><i8>9000000000</i8></value>")));
        assertEquals(5L, codec.parseResponse(response("<value><ex:i8>5</ex:i8></value>")));
        assertEquals(1.0, codec.parseResponse(response("<value><double>1.0</double></value>")));
        assertEquals(-0.5, codec.parseResponse(response("<value><double>-.5</double></value>")));
        assertEquals(1e20, codec.parseResponse(response("<value><double>1e+20</double></value>")));
        assertEquals(387.27, codec.parseResponse(response("<value><double>387.2700</double></value>")));
    }

    @Test
    void booleansDatesAndBase64() throws XmlRpcFault {
        assertEquals(true, codec.parseResponse(response("<value><boolean>1</boolean></value>")));
        assertEquals(false, codec.parseResponse(response("<value><boolean>0</boolean></value>")));
        LocalDateTime expected = LocalDateTime.of(2024, 3, 14, 9, 12, 5);
        assertEquals(expected, codec.parseResponse(response("<value><dateTime.iso8601>20240314T09:12:05</dateTime.iso8601></value>")));
        assertEquals(expected, codec.parseResponse(response("<value><dateTime.iso8601>2024-03-14T09:12:05</dateTime.iso8601></value>")));
        // xmlrpclib breaks base64 into lines
        byte[] decoded = (byte[]) codec.parseResponse(response("<value><base64>\nU2hvcGJy\naWRnZQ==\n</base64></value>"));
        assertArrayEquals(utf8("Shopbridge"), decoded);
    }

    @Test
    void emptyContainers() throws XmlRpcFault {
        assertEquals(List.of(), codec.parseResponse(response("<value><array><data/></array></value>")));
        assertEquals(List.of(), codec.parseResponse(response("<value><array><data></data></array></value>")));
        assertEquals(Map.of(), codec.parseResponse(response("<value><struct/></value>")));
        assertEquals(Map.of(), codec.parseResponse(response("<value><struct></struct></value>")));
    }

    @Test
    void prettyPrintedResponseAsPythonServersWriteIt() throws XmlRpcFault {
        String body = """
                <?xml version='1.0'?>
                <methodResponse>
                <params>
                <param>
                <value><struct>
                <member>
                <name>qty</name>
                <value><double>2.0</double></value>
                </member>
                <member>
                <name>skus</name>
                <value><array><data>
                <value><string>hls104xs</string></value>
                <value><nil/></value></data></array></value>
                </member>
                </struct></value>
                </param>
                </params>
                </methodResponse>
                """;
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("qty", 2.0);
        expected.put("skus", java.util.Arrays.asList("hls104xs", null));
        assertEquals(expected, codec.parseResponse(utf8(body)));
    }

    @Test
    void repeatedMemberNameKeepsTheLastValue() throws XmlRpcFault {
        Map<String, Object> struct = map(codec.parseResponse(response("<value><struct>"
                + "<member><name>a</name><value>1</value></member><member><name>b</name><value>2</value></member>"
                + "<member><name>a</name><value>3</value></member></struct></value>")));
        assertEquals(List.of("a", "b"), List.copyOf(struct.keySet()));
        assertEquals("3", struct.get("a"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) assertInstanceOf(Map.class, value);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) assertInstanceOf(List.class, value);
    }

    private static int countNulls(Object value) {
        if (value == null) {
            return 1;
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().mapToInt(XmlRpcResponseParsingTest::countNulls).sum();
        }
        if (value instanceof List<?> list) {
            return list.stream().mapToInt(XmlRpcResponseParsingTest::countNulls).sum();
        }
        return 0;
    }
}
