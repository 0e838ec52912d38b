package io.shopbridge.magento.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.m1.Magento1Client;
import io.shopbridge.magento.m2.Magento2Client;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.Customer;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.sandbox.magento2.Magento2Sandbox;
import io.shopbridge.sandbox.magento2.sales.Orders;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.ShopVersion;

/**
 * A record whose binding was synced after the shop last changed it is skipped; once changed, it is imported again. On
 * every Magento version.
 */
@QuarkusTest
class ImportSkipWhenNewerTest {

    private static final DateTimeFormatter MAGENTO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    ImportRuns imports;

    @Inject
    Magento1Sandbox sandbox;

    @Inject
    Magento2Sandbox sandbox2;

    @Inject
    Magento1Client client;

    @Inject
    Magento2Client client2;

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void anUnchangedOrderIsSkippedAndAChangedOneTakesTheShopsState(ShopVersion shop) {
        imports.freshShop(shop);
        String order = placeOrderChangedFiveMinutesAgo(shop);
        assertTrue(imports.imported(shop, MagentoModels.SALE_ORDER, order)
                .contains(" imported from " + shop.shop() + " as "));

        String skipped = imports.imported(shop, MagentoModels.SALE_ORDER, order);
        assertTrue(skipped.startsWith("magento.sale.order " + order + " skipped: already imported at "), skipped);

        hold(shop, order);
        String updated = imports.imported(shop, MagentoModels.SALE_ORDER, order);

        assertTrue(updated.contains(" updated from " + shop.shop() + " as "), updated);
        assertEquals("sale", imports.row("sale_order", imports.erpId(shop, MagentoModels.SALE_ORDER, order))
                .get("state"), "holded is an ERP sale order (confirmed)");
    }

    /** Benjamin's order of Aviator Sunglasses; @return its external id on the version */
    private String placeOrderChangedFiveMinutesAgo(ShopVersion shop) {
        LocalDateTime fiveMinutesAgo = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        if (shop == ShopVersion.V1_7) {
            return imports.placeOrder(NewOrder.builder()
                    .customer(new Customer(139L, "benjamin@example.com", "Benjamin", "Le Goff", 1))
                    .item("ace000", "Aviator Sunglasses", 1, "295.00")
                    .createdAt(fiveMinutesAgo));
        }
        String entityId = imports.placeOrder(new io.shopbridge.sandbox.magento2.sales.NewOrder("new", 139L,
                "benjamin@example.com", "Benjamin", "Le Goff", List.of(new io.shopbridge.sandbox.magento2.sales
                        .NewOrder.Line("ace000", "Aviator Sunglasses", BigDecimal.ONE, new BigDecimal("295.00")))))
                .path("entity_id").asText();
        sandbox2.withShop(data -> {
            ObjectNode placed = data.find(Orders.TABLE, entityId).orElseThrow();
            placed.put("created_at", fiveMinutesAgo.format(MAGENTO_TIME));
            return placed.put("updated_at", fiveMinutesAgo.format(MAGENTO_TIME));
        });
        return entityId;
    }

    /** Holds the order on the shop, a minute later on 1.7's clock (2.x dates the change now, after the import). */
    private void hold(ShopVersion shop, String order) {
        if (shop == ShopVersion.V1_7) {
            sandbox.advanceClock(Duration.ofMinutes(1));
            client.call(backend(shop), "sales_order.hold", List.of(order));
        } else {
            client2.post(backend(shop), "orders/" + order + "/hold", Map.of());
        }
    }

    private static BackendInstance backend(ShopVersion shop) {
        String url = ConfigProvider.getConfig().getValue(shop.properties() + ".url", String.class);
        return new BackendInstance(shop.shop(), shop.backend(), Map.of("url", url, "apiUser", "shopbridge",
                "apiKeyProperty", shop.properties() + ".api-key"));
    }
}
