package io.shopbridge.magento.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.shop.Customer;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.ShopVersion;

/**
 * Configurable, bundle and grouped products are refused: the job fails with the reason and nothing is written, also
 * when an order with such a line brought its guest's partner along. On every Magento version.
 */
@QuarkusTest
class ImportRefusedProductTypesTest {

    @Inject
    ImportRuns imports;

    @Inject
    JobRows jobs;

    @Inject
    ErpFixtures db;

    static Stream<Arguments> refusedProducts() {
        return Arrays.stream(ShopVersion.values()).flatMap(shop -> Stream.of(
                Arguments.of(shop, "408", "configurable", "mtk000c"),
                Arguments.of(shop, "447", "bundle", "hdb010"),
                Arguments.of(shop, "555", "grouped", "acj007")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("refusedProducts")
    void aProductOfARefusedTypeFailsItsJobWithTheReasonAndWritesNothing(ShopVersion shop, String productId,
            String type, String sku) {
        imports.freshShop(shop);
        String uuid = imports.importRecord(shop.shop(), MagentoModels.PRODUCT, productId);

        assertEquals("failed", jobs.state(uuid));
        assertEquals("magento.product.product " + productId + " of " + shop.shop() + " is not imported: " + type
                + " products are not imported (sku " + sku + ")", jobs.column(uuid, "error"));
        assertNull(imports.erpId(shop, MagentoModels.PRODUCT, productId));
        assertEquals(0L, db.value(Long.class, "SELECT COUNT(*) FROM product_product WHERE default_code = ?", sku));
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void anOrderWithABundleLineFailsAndLeavesNoPartnerBehind(ShopVersion shop) {
        imports.freshShop(shop);
        List<String> placed = placeBundleOrder(shop);
        String externalId = placed.get(0);
        String incrementId = placed.get(1);

        String uuid = imports.importRecord(shop.shop(), MagentoModels.SALE_ORDER, externalId);

        assertEquals("failed", jobs.state(uuid));
        assertTrue(jobs.column(uuid, "error").endsWith("bundle products are not imported (sku hdb010)"),
                jobs.column(uuid, "error"));
        assertNull(imports.erpId(shop, MagentoModels.SALE_ORDER, externalId));
        assertNull(imports.erpId(shop, MagentoModels.PARTNER, "guestorder:" + incrementId));
        assertEquals(0L, db.value(Long.class, "SELECT COUNT(*) FROM res_partner WHERE email = 'gil@example.com'"));
    }

    /** @return the order's external id on the version, and its increment id */
    private List<String> placeBundleOrder(ShopVersion shop) {
        if (shop == ShopVersion.V1_7) {
            String increment = imports.placeOrder(NewOrder.builder()
                    .customer(Customer.guest("gil@example.com", "Gil", "Bundle"))
                    .item("hdb010", "Pillow and Throw Set", 1, "300.00"));
            return List.of(increment, increment);
        }
        ObjectNode order = imports.placeOrder(new io.shopbridge.sandbox.magento2.sales.NewOrder("new", null,
                "gil@example.com", "Gil", "Bundle", List.of(new io.shopbridge.sandbox.magento2.sales.NewOrder.Line(
                        "hdb010", "Pillow and Throw Set", BigDecimal.ONE, new BigDecimal("300.00")))));
        return List.of(order.path("entity_id").asText(), order.path("increment_id").asText());
    }
}
