package io.shopbridge.magento.xmlrpc;

import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.bytes;
import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code <fault>} responses become XmlRpcFault; a fault that is not a proper fault is a format error. */
class XmlRpcFaultTest {

    private final XmlRpcCodec codec = XmlRpcFixtures.codec();

    @Test
    void invoiceAlreadyDone() {
        XmlRpcFault fault = assertThrows(XmlRpcFault.class, () -> codec.parseResponse(bytes("fault-102-cannot-invoice.xml")));

        assertEquals(102, fault.code());
        assertEquals("Cannot do invoice for order.", fault.getMessage());
    }

    @Test
    void sessionExpired() {
        XmlRpcFault fault = assertThrows(XmlRpcFault.class, () -> codec.parseResponse(bytes("fault-5-session-expired.xml")));

        assertEquals(5, fault.code());
        assertEquals("Session expired. Try to relogin.", fault.getMessage());
    }

    @Test
    void faultCodeAsStringOrI4() {
        assertEquals(100, assertThrows(XmlRpcFault.class, () -> codec.parseResponse(fault(
                "<value><string>100</string></value>", "<value><string>Requested order not exists.</string></value>"))).code());
        assertEquals(623, assertThrows(XmlRpcFault.class, () -> codec.parseResponse(fault(
                "<value><i4>623</i4></value>", "<value>Calling parameters do not match signature</value>"))).code());
    }

    @Test
    void prettyPrintedFault() {
        String body = """
                <?xml version='1.0'?>
                <methodResponse>
                <fault>
                <value><struct>
                <member>
                <name>faultCode</name>
                <value><int>2</int></value>
                </member>
                <member>
                <name>faultString</name>
                <value><string>Access denied.</string></value>
                </member>
                </struct></value>
                </fault>
                </methodResponse>
                """;
        XmlRpcFault fault = assertThrows(XmlRpcFault.class, () -> codec.parseResponse(utf8(body)));

        assertEquals(2, fault.code());
        assertEquals("Access denied.", fault.getMessage());
    }

    @Test
    void encodedFaultComesBackAsTheSameFault() {
        XmlRpcFault fault = assertThrows(XmlRpcFault.class,
                () -> codec.parseResponse(codec.encodeFault(1, "Qty <5> & \"more\" is not allowed.")));

        assertEquals(1, fault.code());
        assertEquals("Qty <5> & \"more\" is not allowed.", fault.getMessage());
    }

    @Test
    void brokenFaultsAreFormatErrors() {
        assertFormatError(fault("<value><string>abc</string></value>", "<value>x</value>"), "faultCode is not an int");
        assertFormatError(fault("<value><string>99999999999</string></value>", "<value>x</value>"), "faultCode is not an int");
        assertFormatError(fault("<value><int>1</int></value>", "<value><int>2</int></value>"), "faultString is not a string");
        assertFormatError(utf8("<methodResponse><fault><value><struct><member><name>faultCode</name><value><int>1</int>"
                + "</value></member></struct></value></fault></methodResponse>"), "faultCode and faultString");
        assertFormatError(utf8("<methodResponse><fault><value><string>oops</string></value></fault></methodResponse>"),
                "faultCode and faultString");
    }

    private void assertFormatError(byte[] body, String expected) {
        XmlRpcFormatException e = assertThrows(XmlRpcFormatException.class, () -> codec.parseResponse(body));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static byte[] fault(String codeValue, String stringValue) {
        return utf8("<methodResponse><fault><value><struct><member><name>faultCode</name>" + codeValue
                + "</member><member><name>faultString</name>" + stringValue + "</member></struct></value></fault></methodResponse>");
    }
}
