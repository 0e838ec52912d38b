package io.shopbridge.magento.m2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento2.Magento2Sandbox;
import io.shopbridge.sandbox.magento2.catalog.StockItemResource;

/** A SKU with a slash and a quote reaches Magento as one path segment, over HTTP to the 2.x sandbox. */
@QuarkusTest
class Magento2SkuInPathTest {

    @Inject
    Magento2Client client;

    @Inject
    Magento2Sandbox sandbox;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @BeforeEach
    void stockItemWithAnAwkwardSku() {
        sandbox.withShop(shop -> {
            ObjectNode item = shop.newObject();
            item.put("item_id", 4711).put("product_id", 4711).put("qty", 3).put("is_in_stock", true);
            shop.put(StockItemResource.STOCK_ITEMS, "24-MB/01 'x'", item);
            return null;
        });
    }

    @Test
    void theSlashIsEncodedAndTheQuoteKept() {
        JsonNode item = client.get(Magento2Shops.adminShop(port), Magento2Path.of("stockItems", "24-MB/01 'x'"));

        assertEquals(4711, item.path("item_id").asInt());
        assertEquals("stockItems/24-MB%2F01%20'x'", Magento2Path.of("stockItems", "24-MB/01 'x'"));
    }

    @Test
    void anUpdateByThatSkuAnswersTheItemId() {
        JsonNode answer = client.put(Magento2Shops.adminShop(port), Magento2Path.of("products", "24-MB/01 'x'",
                "stockItems", 4711), java.util.Map.of("stockItem", java.util.Map.of("qty", 9, "is_in_stock", 1)));

        assertEquals("4711", answer.asText());
        assertEquals(9, (int) sandbox.withShop(shop -> shop.find(StockItemResource.STOCK_ITEMS, "24-MB/01 'x'")
                .orElseThrow().path("qty").asInt()));
    }
}
