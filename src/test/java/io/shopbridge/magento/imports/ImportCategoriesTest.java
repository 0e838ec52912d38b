package io.shopbridge.magento.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.ShopVersion;

/** A category's missing parents are imported first, up to the tree's root, whatever the gaps in the ids. */
@QuarkusTest
class ImportCategoriesTest {

    @Inject
    ImportRuns imports;

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void aCategoryComesWithItsParentsUpToTheRoot(ShopVersion shop) {
        imports.freshShop(shop);
        imports.imported(shop, MagentoModels.PRODUCT_CATEGORY, "18");

        Map<String, Object> eyewear = category(shop, "18");
        assertEquals("Eyewear", eyewear.get("name"));
        Map<String, Object> accessories = category(shop, "6");
        assertEquals("Accessories", accessories.get("name"));
        assertEquals(accessories.get("id"), eyewear.get("parent_id"));
        Map<String, Object> defaultCategory = category(shop, "2");
        assertEquals("Default Category", defaultCategory.get("name"));
        assertEquals(defaultCategory.get("id"), accessories.get("parent_id"));
        Map<String, Object> root = category(shop, "1");
        assertEquals(root.get("id"), defaultCategory.get("parent_id"));
        assertNull(root.get("parent_id"));
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void aSubCategoryOfAGapIdImportsItsParentOnce(ShopVersion shop) {
        imports.freshShop(shop);
        imports.imported(shop, MagentoModels.PRODUCT_CATEGORY, "26");
        imports.imported(shop, MagentoModels.PRODUCT_CATEGORY, "29");

        Map<String, Object> sale = category(shop, "8");
        assertEquals("Sale", sale.get("name"));
        assertEquals("Women", category(shop, "26").get("name"));
        assertEquals(sale.get("id"), category(shop, "26").get("parent_id"));
        assertEquals("Home & Decor", category(shop, "29").get("name"));
        assertEquals(sale.get("id"), category(shop, "29").get("parent_id"));
    }

    private Map<String, Object> category(ShopVersion shop, String categoryId) {
        return imports.row("product_category", imports.erpId(shop, MagentoModels.PRODUCT_CATEGORY, categoryId));
    }
}
