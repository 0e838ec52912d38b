package io.shopbridge.magento.imports;

import static io.shopbridge.support.ImportRuns.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.ShopVersion;

/** Simple products are goods, virtual ones services; each in its first category, imported before it. */
@QuarkusTest
class ImportProductsTest {

    @Inject
    ImportRuns imports;

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void aSimpleProductIsStoredGoodsInItsFirstCategory(ShopVersion shop) {
        imports.freshShop(shop);
        imports.imported(shop, MagentoModels.PRODUCT, "338");

        Map<String, Object> product = imports.row("product_product", imports.erpId(shop, MagentoModels.PRODUCT, "338"));
        assertEquals("ace001", product.get("default_code"));
        assertEquals("Jackie O Round Sunglasses", product.get("name"));
        assertEquals("product", product.get("type"));
        assertAmount("225.00", product.get("list_price"), "list price");
        assertAmount("1", product.get("weight"), "weight");
        assertEquals("Jackie O Round Sunglasses.", product.get("description"));
        assertEquals(true, product.get("active"));
        // one ERP product per SKU, whichever shop it came from: the last import of it set its category, an Eyewear
        assertEquals("Eyewear", imports.row("product_category", (Long) product.get("categ_id")).get("name"));
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void aVirtualProductIsAService(ShopVersion shop) {
        imports.freshShop(shop);
        imports.imported(shop, MagentoModels.PRODUCT, "563");

        Map<String, Object> product = imports.row("product_product", imports.erpId(shop, MagentoModels.PRODUCT, "563"));
        assertEquals("hbm010", product.get("default_code"));
        assertEquals("Fire [Kalima remix]", product.get("name"));
        assertEquals("service", product.get("type"));
        assertAmount("2.00", product.get("list_price"), "list price");
        assertEquals("Books & Music", imports.row("product_category", (Long) product.get("categ_id")).get("name"));
    }
}
