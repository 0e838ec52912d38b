package io.shopbridge.magento.m2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Magento2CallNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POST | order/181/invoice                  | POST order/{id}/invoice",
            "PUT  | products/MH09-L-Blue/stockItems/190 | PUT products/{sku}/stockItems/{id}",
            "GET  | products/a%2Fb                     | GET products/{sku}",
            "GET  | stockItems/shirt                   | GET stockItems/{sku}",
            "GET  | customers/search                   | GET customers/search",
            "POST | shipment/track                     | POST shipment/track",
            "GET  | orders                             | GET orders" })
    void leavesIdsAndSkusOutOfTheName(String method, String path, String name) {
        assertEquals(name, Magento2CallName.of(method, path));
    }
}
