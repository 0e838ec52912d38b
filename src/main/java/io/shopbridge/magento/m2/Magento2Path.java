package io.shopbridge.magento.m2;

import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Paths of Magento 2 REST routes, below {@code /V1/}. Each segment is percent-encoded on its own, so that a SKU
 * {@code a/b} stays one segment ({@code a%2Fb}); the characters a path segment may hold as they are (RFC 3986
 * {@code pchar}, a quote among them) are kept, as Magento's own clients send them.
 */
public final class Magento2Path {

    private static final String SEGMENT_SAFE = "-._~!$&'()*+,;=:@";

    private Magento2Path() {
    }

    /** {@code of("products", "a/b", "stockItems", 7)} gives {@code products/a%2Fb/stockItems/7}. */
    public static String of(Object... segments) {
        StringJoiner path = new StringJoiner("/");
        for (Object segment : segments) {
            path.add(segment(String.valueOf(segment)));
        }
        return path.toString();
    }

    public static String segment(String text) {
        StringBuilder encoded = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || SEGMENT_SAFE.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
