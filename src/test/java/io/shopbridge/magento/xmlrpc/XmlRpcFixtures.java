package io.shopbridge.magento.xmlrpc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the recorded-shape bodies under src/test/resources/xmlrpc/m1. */
final class XmlRpcFixtures {

    /** Large enough for every fixture; the biggest, the order, is under 60 KB. */
    static final int MAX_BYTES = 1 << 20;

    private XmlRpcFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = XmlRpcFixtures.class.getResourceAsStream("/xmlrpc/m1/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    static String utf8(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    static XmlRpcCodec codec() {
        return new XmlRpcCodec(MAX_BYTES);
    }

    /** The body of a Zend-style success response around one value element. */
    static byte[] response(String valueXml) {
        return utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse><params><param>" + valueXml
                + "</param></params></methodResponse>");
    }
}
