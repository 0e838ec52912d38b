package io.shopbridge.magento.xmlrpc;

import java.util.List;

/**
 * XML-RPC encoder and hardened parser (no DTD, no external entities, bounded size and nesting).
 *
 * Value mapping, both ways: {@code <string>} and untyped values ⇄ String, {@code <int>/<i4>} ⇄ Integer
 * (Long is written as int when it fits), {@code <boolean>} ⇄ Boolean, {@code <double>} ⇄ Double (BigDecimal written as
 * double), {@code <dateTime.iso8601>} ⇄ LocalDateTime, {@code <base64>} ⇄ byte[], {@code <nil/>} ⇄ null,
 * {@code <array>} ⇄ List, {@code <struct>} ⇄ Map&lt;String, Object&gt; (insertion ordered).
 *
 * <p>Encoding only: Short is written as {@code <int>}; a Long outside the int range as {@code <string>} with its
 * decimal digits (exact, and how Magento passes ids; a {@code <double>} would round above 2^53); Float as
 * {@code <double>}; doubles in plain notation, never with an exponent; NaN and infinities, control characters other
 * than tab/CR/LF, lone surrogates, non-String struct keys and any other type throw IllegalArgumentException.
 * LocalDateTime loses its fraction of a second. Output mimics Magento's Zend server: declaration, newline, one line.
 *
 * <p>Parsing only: {@code <i8>} gives a Long; {@code <nil/>} may carry any prefix ({@code <ex:nil/>}); dates are read as
 * {@code yyyyMMdd'T'HH:mm:ss} or {@code yyyy-MM-dd'T'HH:mm:ss}; whitespace between elements is ignored, inside
 * strings kept. Everything unexpected throws XmlRpcFormatException.
 *
 * <p>Thread-safe: share one instance.
 */
public final class XmlRpcCodec {

    public static final int DEFAULT_MAX_DEPTH = 64;

    private final HardenedXmlParser parser;
    private final int maxDepth;

    /** @param maxBytes bodies larger than this are refused before parsing */
    public XmlRpcCodec(int maxBytes) {
        this(maxBytes, DEFAULT_MAX_DEPTH);
    }

    /** @param maxDepth how many arrays/structs may nest inside each other, both ways */
    public XmlRpcCodec(int maxBytes, int maxDepth) {
        if (maxBytes <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("maxBytes and maxDepth must be positive");
        }
        this.parser = new HardenedXmlParser(maxBytes);
        this.maxDepth = maxDepth;
    }

    public byte[] encodeCall(String method, List<?> params) {
        return XmlRpcWriter.call(method, params, maxDepth);
    }

    public XmlRpcCall parseCall(byte[] body) {
        return new XmlRpcReader(maxDepth).readCall(parser.parse(body));
    }

    public byte[] encodeResponse(Object value) {
        return XmlRpcWriter.response(value, maxDepth);
    }

    public byte[] encodeFault(int code, String message) {
        return XmlRpcWriter.fault(code, message);
    }

    /** @return the single response value; @throws XmlRpcFault when the body is a fault */
    public Object parseResponse(byte[] body) throws XmlRpcFault {
        return new XmlRpcReader(maxDepth).readResponse(parser.parse(body));
    }
}
