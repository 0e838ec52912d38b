package io.shopbridge.magento.xmlrpc;

import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.bytes;
import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Responses and faults come out byte for byte as Magento's Zend server writes them. */
class XmlRpcResponseEncodingTest {

    private final XmlRpcCodec codec = XmlRpcFixtures.codec();

    @Test
    void sessionIdAsZendWritesIt() {
        assertEquals(utf8(bytes("login-response.xml")), utf8(codec.encodeResponse("4b1d7c0e9a2f48d3b6e5a7c1f0d29e83")));
    }

    @Test
    void intAsZendWritesIt() {
        assertEquals(utf8(bytes("sales-order-invoice-create-response.xml")), utf8(codec.encodeResponse(987654321)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "sales-order-info-response.xml", "catalog-product-info-response.xml",
            "customer-info-response.xml", "multicall-response.xml" })
    void parsedResponseIsWrittenBackIdentically(String fixture) throws XmlRpcFault {
        byte[] recorded = bytes(fixture);

        assertEquals(utf8(recorded), utf8(codec.encodeResponse(codec.parseResponse(recorded))));
    }

    @Test
    void faultsAsZendWritesThem() {
        assertEquals(utf8(bytes("fault-102-cannot-invoice.xml")), utf8(codec.encodeFault(102, "Cannot do invoice for order.")));
        assertEquals(utf8(bytes("fault-5-session-expired.xml")), utf8(codec.encodeFault(5, "Session expired. Try to relogin.")));
    }

    @Test
    void faultWithoutMessage() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse><fault><value><struct>"
                + "<member><name>faultCode</name><value><int>0</int></value></member>"
                + "<member><name>faultString</name><value><string></string></value></member>"
                + "</struct></value></fault></methodResponse>", utf8(codec.encodeFault(0, null)));
    }

    @Test
    void nilAndEmptyListResponses() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse><params><param><value><nil/></value>"
                + "</param></params></methodResponse>", utf8(codec.encodeResponse(null)));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse><params><param><value><array><data/>"
                + "</array></value></param></params></methodResponse>", utf8(codec.encodeResponse(List.of())));
    }
}
