package io.shopbridge.magento.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.m1.Magento1Client;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.Customer;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.support.ImportRuns;

/** A record whose binding was synced after the shop last changed it is skipped; once changed, it is imported again. */
@QuarkusTest
class ImportSkipWhenNewerTest {

    @Inject
    ImportRuns imports;

    @Inject
    Magento1Sandbox sandbox;

    @Inject
    Magento1Client client;

    @ConfigProperty(name = "shop.eu.url")
    String shopUrl;

    @BeforeEach
    void freshShop() {
        imports.freshShop();
    }

    @Test
    void anUnchangedOrderIsSkippedAndAChangedOneTakesTheShopsState() {
        String increment = imports.placeOrder(NewOrder.builder()
                .customer(new Customer(139L, "benjamin@example.com", "Benjamin", "Le Goff", 1))
                .item("ace000", "Aviator Sunglasses", 1, "295.00")
                .createdAt(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5)));
        assertTrue(imports.imported(MagentoModels.SALE_ORDER, increment).contains(" imported from shop-eu as "));

        String skipped = imports.imported(MagentoModels.SALE_ORDER, increment);
        assertTrue(skipped.startsWith("magento.sale.order " + increment + " skipped: already imported at "), skipped);

        sandbox.advanceClock(Duration.ofMinutes(1));
        client.call(shop(), "sales_order.hold", List.of(increment));
        String updated = imports.imported(MagentoModels.SALE_ORDER, increment);

        assertTrue(updated.contains(" updated from shop-eu as "), updated);
        assertEquals("sale", imports.row("sale_order", imports.erpId(MagentoModels.SALE_ORDER, increment))
                .get("state"), "holded is an ERP sale order (confirmed)");
    }

    private BackendInstance shop() {
        return new BackendInstance(ImportRuns.SHOP, MagentoBackends.MAGENTO_17, Map.of("url", shopUrl, "apiUser",
                "shopbridge", "apiKeyProperty", "shop.eu.api-key"));
    }
}
