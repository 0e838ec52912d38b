package io.shopbridge.magento.m2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Magento2PathEncodingTest {

    @Test
    void aSlashInASkuStaysInsideItsSegment() {
        assertEquals("products/a%2Fb/stockItems/7", Magento2Path.of("products", "a/b", "stockItems", 7));
    }

    @Test
    void aQuoteStaysAQuote() {
        assertEquals("products/12'inch", Magento2Path.of("products", "12'inch"));
    }

    @Test
    void spacesPercentSignsQueryAndFragmentCharactersAndNonAsciiAreEncoded() {
        assertEquals("MH09%20L%25%3F%23%C3%A9", Magento2Path.segment("MH09 L%?#é"));
    }

    @Test
    void unreservedCharactersAreKept() {
        assertEquals("MH09-L-Blue_1.0~x", Magento2Path.segment("MH09-L-Blue_1.0~x"));
    }
}
