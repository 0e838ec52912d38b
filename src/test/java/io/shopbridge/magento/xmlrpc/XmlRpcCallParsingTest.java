package io.shopbridge.magento.xmlrpc;

import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.bytes;
import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.utf8;
import static io.shopbridge.magento.xmlrpc.XmlRpcResponseParsingTest.list;
import static io.shopbridge.magento.xmlrpc.XmlRpcResponseParsingTest.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Requests as Python's xmlrpclib writes them: pretty-printed, one element per line, nils inline. */
class XmlRpcCallParsingTest {

    private static final String SID = "4b1d7c0e9a2f48d3b6e5a7c1f0d29e83";

    private final XmlRpcCodec codec = XmlRpcFixtures.codec();

    @Test
    void login() {
        XmlRpcCall call = codec.parseCall(bytes("login-request.xml"));

        assertEquals("login", call.method());
        assertEquals(List.of("shopbridge", "s3cr3t-api-key"), call.params());
    }

    @Test
    void invoiceCreateCarriesAStructOfDoublesAndBooleans() {
        XmlRpcCall call = codec.parseCall(bytes("sales-order-invoice-create-request.xml"));

        assertEquals("call", call.method());
        assertEquals(SID, call.params().get(0));
        assertEquals("sales_order_invoice.create", call.params().get(1));
        List<Object> args = list(call.params().get(2));
        Map<String, Object> itemsQty = new LinkedHashMap<>();
        itemsQty.put("711", 2.0);
        itemsQty.put("713", 1.0);
        assertEquals(List.of("100000317", itemsQty, "Invoice Created", true, false), args);
        assertEquals(List.of("711", "713"), List.copyOf(map(args.get(1)).keySet()));
    }

    @Test
    void orderInfoIdGoesAsAnInt() {
        XmlRpcCall call = codec.parseCall(bytes("sales-order-info-request.xml"));

        assertEquals(List.of(SID, "sales_order.info", List.of(100000317)), call.params());
    }

    @Test
    void productInfoWithInlineNils() {
        XmlRpcCall call = codec.parseCall(bytes("catalog-product-info-request.xml"));

        assertEquals("catalog_product.info", call.params().get(1));
        assertEquals(Arrays.asList(1204, null, null, "id"), call.params().get(2));
    }

    @Test
    void multiCallNestsArrays() {
        XmlRpcCall call = codec.parseCall(bytes("multicall-request.xml"));

        assertEquals("multiCall", call.method());
        assertEquals(List.of(
                List.of("customer.info", List.of("271")),
                List.of("sales_order.info", List.of("100009999"))), call.params().get(1));
    }

    @Test
    void paramsMayBeAbsentOrEmpty() {
        assertEquals(List.of(), codec.parseCall(utf8("<methodCall><methodName>startSession</methodName></methodCall>")).params());
        assertEquals(List.of(), codec.parseCall(utf8("<methodCall><methodName>startSession</methodName><params/></methodCall>")).params());
        XmlRpcCall python = codec.parseCall(utf8("<?xml version='1.0'?>\n<methodCall>\n<methodName>startSession</methodName>\n"
                + "<params>\n</params>\n</methodCall>\n"));
        assertEquals("startSession", python.method());
        assertEquals(List.of(), python.params());
    }

    @Test
    void methodNameIsTrimmed() {
        assertEquals("system.listMethods",
                codec.parseCall(utf8("<methodCall><methodName>\n system.listMethods \n</methodName></methodCall>")).method());
    }

    @Test
    void paramsAreReadOnly() {
        XmlRpcCall call = codec.parseCall(bytes("login-request.xml"));

        assertThrows(UnsupportedOperationException.class, () -> call.params().add("x"));
    }
}
