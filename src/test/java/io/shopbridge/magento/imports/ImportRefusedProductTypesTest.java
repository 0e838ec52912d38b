package io.shopbridge.magento.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.Customer;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.JobRows;

/**
 * Configurable, bundle and grouped products are refused: the job fails with the reason and nothing is written, also
 * when an order with such a line brought its guest's partner along.
 */
@QuarkusTest
class ImportRefusedProductTypesTest {

    @Inject
    ImportRuns imports;

    @Inject
    JobRows jobs;

    @Inject
    ErpFixtures db;

    @Inject
    Magento1Sandbox sandbox;

    @BeforeEach
    void freshShop() {
        imports.freshShop();
    }

    @ParameterizedTest
    @CsvSource({ "408, configurable, mtk000c", "447, bundle, hdb010", "555, grouped, acj007" })
    void aProductOfARefusedTypeFailsItsJobWithTheReasonAndWritesNothing(String productId, String type, String sku) {
        String uuid = imports.importRecord(MagentoModels.PRODUCT, productId);

        assertEquals("failed", jobs.state(uuid));
        assertEquals("magento.product.product " + productId + " of shop-eu is not imported: " + type
                + " products are not imported (sku " + sku + ")", jobs.column(uuid, "error"));
        assertNull(imports.erpId(MagentoModels.PRODUCT, productId));
        assertEquals(0L, db.value(Long.class, "SELECT COUNT(*) FROM product_product WHERE default_code = ?", sku));
    }

    @Test
    void anOrderWithABundleLineFailsAndLeavesNoPartnerBehind() {
        String increment = imports.placeOrder(NewOrder.builder()
                .customer(Customer.guest("gil@example.com", "Gil", "Bundle"))
                .item("hdb010", "Pillow and Throw Set", 1, "300.00"));

        String uuid = imports.importRecord(MagentoModels.SALE_ORDER, increment);

        assertEquals("failed", jobs.state(uuid));
        assertTrue(jobs.column(uuid, "error").endsWith("bundle products are not imported (sku hdb010)"),
                jobs.column(uuid, "error"));
        assertNull(imports.erpId(MagentoModels.SALE_ORDER, increment));
        assertNull(imports.erpId(MagentoModels.PARTNER, "guestorder:" + increment));
        assertEquals(0L, db.value(Long.class, "SELECT COUNT(*) FROM res_partner WHERE email = 'gil@example.com'"));
    }
}
