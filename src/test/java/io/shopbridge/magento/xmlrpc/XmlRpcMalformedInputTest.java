package io.shopbridge.magento.xmlrpc;

import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.bytes;
import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.response;
import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Anything that is not well-formed XML-RPC is an XmlRpcFormatException saying what was wrong. */
class XmlRpcMalformedInputTest {

    private final XmlRpcCodec codec = XmlRpcFixtures.codec();

    static Stream<Arguments> badResponses() {
        return Stream.of(
                Arguments.of("not XML", utf8("Bad Gateway"), "malformed XML"),
                Arguments.of("HTML error page", utf8("<html><body>502</body></html>"), "root element, got <html>"),
                Arguments.of("truncated", Arrays.copyOf(bytes("sales-order-info-response.xml"), 2000), "malformed XML"),
                Arguments.of("request instead of response", bytes("login-request.xml"), "expected <methodResponse>"),
                Arguments.of("no params", utf8("<methodResponse/>"), "exactly one element, found 0"),
                Arguments.of("empty params", utf8("<methodResponse><params/></methodResponse>"), "exactly one <param>, found 0"),
                Arguments.of("two params", utf8("<methodResponse><params><param><value>a</value></param>"
                        + "<param><value>b</value></param></params></methodResponse>"), "exactly one <param>, found 2"),
                Arguments.of("unknown type", response("<value><float>1.5</float></value>"), "unknown value type <float>"),
                Arguments.of("unknown prefixed type", response("<value><ex:float>1.5</ex:float></value>"), "unknown value type <ex:float>"),
                Arguments.of("int with letters", response("<value><int>12a</int></value>"), "bad <int> '12a'"),
                Arguments.of("int with decimals", response("<value><i4>1.0</i4></value>"), "bad <i4> '1.0'"),
                Arguments.of("int too big", response("<value><int>2147483648</int></value>"), "<int> out of range"),
                Arguments.of("int empty", response("<value><int/></value>"), "bad <int> ''"),
                Arguments.of("int in other digits", response("<value><int>١٢</int></value>"), "bad <int>"),
                Arguments.of("i8 too big", response("<value><i8>9223372036854775808</i8></value>"), "<i8> out of range"),
                Arguments.of("double word", response("<value><double>abc</double></value>"), "bad <double> 'abc'"),
                Arguments.of("double NaN", response("<value><double>NaN</double></value>"), "bad <double> 'NaN'"),
                Arguments.of("double hex", response("<value><double>0x1p3</double></value>"), "bad <double>"),
                Arguments.of("double suffix", response("<value><double>1.5d</double></value>"), "bad <double>"),
                Arguments.of("double overflow", response("<value><double>1e999</double></value>"), "bad <double>"),
                Arguments.of("boolean true", response("<value><boolean>true</boolean></value>"), "<boolean> must be 0 or 1, got 'true'"),
                Arguments.of("boolean 2", response("<value><boolean>2</boolean></value>"), "<boolean> must be 0 or 1"),
                Arguments.of("date as Magento string", response("<value><dateTime.iso8601>2024-03-14 09:12:05</dateTime.iso8601></value>"),
                        "bad <dateTime.iso8601> '2024-03-14 09:12:05'"),
                Arguments.of("month 13", response("<value><dateTime.iso8601>20241314T09:12:05</dateTime.iso8601></value>"),
                        "bad <dateTime.iso8601>"),
                Arguments.of("February 30", response("<value><dateTime.iso8601>20240230T09:12:05</dateTime.iso8601></value>"),
                        "bad <dateTime.iso8601>"),
                Arguments.of("base64 garbage", response("<value><base64>!!!!</base64></value>"), "bad <base64>"),
                Arguments.of("two types in a value", response("<value><string>a</string><int>1</int></value>"),
                        "<value> must hold exactly one element, found 2"),
                Arguments.of("text next to a type", response("<value>abc<string>x</string></value>"), "unexpected text 'abc' in <value>"),
                Arguments.of("element inside string", response("<value><string>a<b/>c</string></value>"), "unexpected <b> inside <string>"),
                Arguments.of("nil with content", response("<value><nil>0</nil></value>"), "<nil> must be empty"),
                Arguments.of("array without data", response("<value><array/></value>"), "<array> must hold exactly one <data>"),
                Arguments.of("data holding a non-value", response("<value><array><data><string>x</string></data></array></value>"),
                        "expected <value>, got <string>"),
                Arguments.of("member without value", response("<value><struct><member><name>a</name></member></struct></value>"),
                        "a <member> needs one <name> and one <value>"),
                Arguments.of("member with two names", response("<value><struct><member><name>a</name><name>b</name>"
                        + "<value>1</value></member></struct></value>"), "unexpected <name> in <member>"),
                Arguments.of("struct holding a value", response("<value><struct><value>1</value></struct></value>"),
                        "expected <member>, got <value>"),
                Arguments.of("stray text in params", utf8("<methodResponse><params>x<param><value>a</value></param></params>"
                        + "</methodResponse>"), "unexpected text 'x' in <params>"),
                Arguments.of("something else than params or fault", utf8("<methodResponse><result/></methodResponse>"),
                        "unexpected <result> in <methodResponse>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badResponses")
    void badResponse(String why, byte[] body, String expected) {
        XmlRpcFormatException e = assertThrows(XmlRpcFormatException.class, () -> codec.parseResponse(body));
        assertTrue(e.getMessage().contains(expected), () -> "message was: " + e.getMessage());
    }

    static Stream<Arguments> badCalls() {
        return Stream.of(
                Arguments.of("response instead of call", bytes("login-response.xml"), "expected <methodCall> as the root element"),
                Arguments.of("no methodName", utf8("<methodCall><params/></methodCall>"), "must start with <methodName>"),
                Arguments.of("empty methodName", utf8("<methodCall><methodName> </methodName></methodCall>"), "empty <methodName>"),
                Arguments.of("params first", utf8("<methodCall><params/><methodName>a</methodName></methodCall>"),
                        "must start with <methodName>"),
                Arguments.of("extra element", utf8("<methodCall><methodName>a</methodName><params/><x/></methodCall>"),
                        "unexpected <x> in <methodCall>"),
                Arguments.of("param without value", utf8("<methodCall><methodName>a</methodName><params><param/></params>"
                        + "</methodCall>"), "<param> must hold exactly one <value>, found 0"),
                Arguments.of("value outside param", utf8("<methodCall><methodName>a</methodName><params><value>1</value>"
                        + "</params></methodCall>"), "expected <param>, got <value>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCalls")
    void badCall(String why, byte[] body, String expected) {
        XmlRpcFormatException e = assertThrows(XmlRpcFormatException.class, () -> codec.parseCall(body));
        assertTrue(e.getMessage().contains(expected), () -> "message was: " + e.getMessage());
    }

    @Test
    void emptyOrMissingBody() {
        assertThrows(XmlRpcFormatException.class, () -> codec.parseResponse(new byte[0]));
        assertThrows(XmlRpcFormatException.class, () -> codec.parseResponse(null));
        assertThrows(XmlRpcFormatException.class, () -> codec.parseCall(null));
    }

    @Test
    void messageQuotesTheCulpritNotTheBody() {
        String order = XmlRpcFixtures.text("sales-order-info-response.xml");
        String broken = order.replace("<value><string>387.2700</string></value>", "<value><double>387,27" + "0".repeat(500) + "</double></value>");

        XmlRpcFormatException e = assertThrows(XmlRpcFormatException.class, () -> codec.parseResponse(utf8(broken)));
        assertTrue(e.getMessage().startsWith("bad <double> '387,27"), e.getMessage());
        assertTrue(e.getMessage().length() < 100, e.getMessage());
    }
}
