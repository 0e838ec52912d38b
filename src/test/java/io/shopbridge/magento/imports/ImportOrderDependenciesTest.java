package io.shopbridge.magento.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.Customer;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.ImportRuns;

/**
 * An order imports what it refers to first, in its own job and transaction: its customer (with the customer's group
 * and addresses) and its products (with their categories), before the order that points at them. A second shop over
 * the same sandbox, {@value #SHOP}, has imported nothing yet.
 */
@QuarkusTest
class ImportOrderDependenciesTest {

    private static final String SHOP = "shop-deps";

    @Inject
    ImportRuns imports;

    @Inject
    ErpFixtures db;

    @Inject
    Magento1Sandbox sandbox;

    @Inject
    CamelContext camel;

    @BeforeEach
    void aSecondShopOfTheSandbox() throws Exception {
        imports.freshShop();
        db.backend(SHOP, "1.7");
        if (camel.getRoute(SHOP + "-import-record") == null) {
            PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.fromString(SHOP + ".yaml", """
                    - templatedRoute:
                        routeTemplateRef: magento-record-import
                        routeId: shop-deps-import-record
                        parameters:
                          - {name: shop, value: shop-deps}
                          - {name: version, value: "1.7"}
                          - {name: url, value: "{{shop.eu.url}}"}
                          - {name: apiUser, value: "{{shop.eu.api-user}}"}
                          - {name: apiKeyProperty, value: shop.eu.api-key}
                    """));
        }
    }

    @Test
    void theCustomerAndTheProductsAreImportedBeforeTheOrderInItsJob() {
        String increment = imports.placeOrder(NewOrder.builder()
                .customer(new Customer(104L, "drew@example.com", "Drew", "France", 4))
                .item("abl004", "Houston Travel Wallet", 3, "210.00"));
        assertNull(imports.erpId(SHOP, MagentoModels.PARTNER, "104"));
        long jobsBefore = importJobs();

        String uuid = imports.importRecord(SHOP, MagentoModels.SALE_ORDER, increment);

        assertEquals("done", db.value(String.class, "SELECT state FROM queue_job WHERE uuid = ?", uuid));
        assertEquals(jobsBefore + 1, importJobs(), "one job: the dependencies are imported in the order's own");
        Long customer = imports.erpId(SHOP, MagentoModels.PARTNER, "104");
        assertNotNull(customer);
        assertEquals("Drew France", imports.row("res_partner", customer).get("name"));
        assertNotNull(imports.erpId(SHOP, MagentoModels.ADDRESS, "73"), "the customer's addresses came along");
        assertNotNull(imports.erpId(SHOP, MagentoModels.PARTNER_CATEGORY, "4"), "and its group");
        Long wallet = imports.erpId(SHOP, MagentoModels.PRODUCT, "370");
        assertNotNull(wallet);
        assertNotNull(imports.erpId(SHOP, MagentoModels.PRODUCT_CATEGORY, "6"), "the product's category came along");
        assertNotNull(imports.erpId(SHOP, MagentoModels.PRODUCT_CATEGORY, "1"), "up to the root");

        Map<String, Object> order = imports.row("sale_order", imports.erpId(SHOP, MagentoModels.SALE_ORDER, increment));
        assertEquals(customer, order.get("partner_id"));
        assertEquals(wallet, imports.rows("SELECT product_id FROM sale_order_line WHERE order_id = ? "
                + "AND NOT is_delivery", order.get("id")).get(0).get("product_id"));
    }

    private long importJobs() {
        return db.value(Long.class, "SELECT COUNT(*) FROM queue_job WHERE name = 'import_record'");
    }
}
