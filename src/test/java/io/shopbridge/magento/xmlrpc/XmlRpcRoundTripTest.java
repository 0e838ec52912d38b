package io.shopbridge.magento.xmlrpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Encode then parse gives the value back, as a call parameter and as a response, for every supported type. */
class XmlRpcRoundTripTest {

    private final XmlRpcCodec codec = XmlRpcFixtures.codec();

    /** Sent value, and what comes back where the mapping is not the identity. */
    static Stream<Arguments> values() {
        LocalDateTime when = LocalDateTime.of(2024, 3, 14, 9, 12, 5);
        return Stream.of(
                same("plain"), same(""), same("  padded  "), same("line1\nline2\r\nline3\ttab\r"),
                same("<&>\"' ]]>"), same("Łódź 😀 €"), same("387.2700"),
                same(null),
                same(0), same(-1), same(Integer.MAX_VALUE), same(Integer.MIN_VALUE),
                Arguments.of((short) 7, 7),
                Arguments.of(5L, 5),
                Arguments.of(Long.MAX_VALUE, "9223372036854775807"),
                same(true), same(false),
                same(0.0), same(-2.5), same(1.0), same(1e20), same(1e-7), same(387.27), same(Double.MAX_VALUE),
                same(Double.MIN_VALUE), same(-123456.789012345),
                Arguments.of(0.1f, 0.1), Arguments.of(new BigDecimal("387.2700"), 387.27),
                same(when), Arguments.of(when.withNano(500_000_000), when),
                same(List.of()), same(Map.of()),
                same(Arrays.asList("a", null, 1, List.of(), Map.of("k", List.of(true)))),
                same(struct()));
    }

    private static Arguments same(Object value) {
        return Arguments.of(value, value);
    }

    private static Map<String, Object> struct() {
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("increment_id", "100000317");
        struct.put("coupon_code", null);
        struct.put("total_item_count", 2);
        struct.put("has_children", true);
        struct.put("qty", 2.0);
        struct.put("at", LocalDateTime.of(2024, 1, 2, 3, 4, 5));
        struct.put("items", List.of(Map.of("sku", "hls104xs"), Map.of()));
        struct.put("598", List.of(List.of(List.of("deep"))));
        return struct;
    }

    @ParameterizedTest
    @MethodSource("values")
    void asResponse(Object sent, Object expected) throws XmlRpcFault {
        assertEquals(expected, codec.parseResponse(codec.encodeResponse(sent)));
    }

    @ParameterizedTest
    @MethodSource("values")
    void asCallParameter(Object sent, Object expected) {
        XmlRpcCall call = codec.parseCall(codec.encodeCall("call", Arrays.asList("sid", sent)));

        assertEquals(new XmlRpcCall("call", Arrays.asList("sid", expected)), call);
    }

    @Test
    void bytes() throws XmlRpcFault {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        assertArrayEquals(all, (byte[]) codec.parseResponse(codec.encodeResponse(all)));
        assertArrayEquals(new byte[0], (byte[]) codec.parseResponse(codec.encodeResponse(new byte[0])));
        Object inStruct = XmlRpcResponseParsingTest.map(codec.parseResponse(codec.encodeResponse(Map.of("file", all)))).get("file");
        assertArrayEquals(all, assertInstanceOf(byte[].class, inStruct));
    }

    @Test
    void memberOrderSurvives() throws XmlRpcFault {
        Map<String, Object> back = XmlRpcResponseParsingTest.map(codec.parseResponse(codec.encodeResponse(struct())));

        assertEquals(List.copyOf(struct().keySet()), List.copyOf(back.keySet()));
    }

    @Test
    void fault() {
        XmlRpcFault fault = assertThrows(XmlRpcFault.class,
                () -> codec.parseResponse(codec.encodeFault(-32700, "parse error\r\n<at> line 1")));

        assertEquals(-32700, fault.code());
        assertEquals("parse error\r\n<at> line 1", fault.getMessage());
    }
}
