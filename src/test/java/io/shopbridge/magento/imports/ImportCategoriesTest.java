package io.shopbridge.magento.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ImportRuns;

/** A category's missing parents are imported first, up to the tree's root, whatever the gaps in the ids. */
@QuarkusTest
class ImportCategoriesTest {

    @Inject
    ImportRuns imports;

    @BeforeEach
    void freshShop() {
        imports.freshShop();
    }

    @Test
    void aCategoryComesWithItsParentsUpToTheRoot() {
        imports.imported(MagentoModels.PRODUCT_CATEGORY, "18");

        Map<String, Object> eyewear = category("18");
        assertEquals("Eyewear", eyewear.get("name"));
        Map<String, Object> accessories = category("6");
        assertEquals("Accessories", accessories.get("name"));
        assertEquals(accessories.get("id"), eyewear.get("parent_id"));
        Map<String, Object> defaultCategory = category("2");
        assertEquals("Default Category", defaultCategory.get("name"));
        assertEquals(defaultCategory.get("id"), accessories.get("parent_id"));
        Map<String, Object> root = category("1");
        assertEquals(root.get("id"), defaultCategory.get("parent_id"));
        assertNull(root.get("parent_id"));
    }

    @Test
    void aSubCategoryOfAGapIdImportsItsParentOnce() {
        imports.imported(MagentoModels.PRODUCT_CATEGORY, "26");
        imports.imported(MagentoModels.PRODUCT_CATEGORY, "29");

        Map<String, Object> sale = category("8");
        assertEquals("Sale", sale.get("name"));
        assertEquals("Women", category("26").get("name"));
        assertEquals(sale.get("id"), category("26").get("parent_id"));
        assertEquals("Home & Decor", category("29").get("name"));
        assertEquals(sale.get("id"), category("29").get("parent_id"));
    }

    private Map<String, Object> category(String categoryId) {
        return imports.row("product_category", imports.erpId(MagentoModels.PRODUCT_CATEGORY, categoryId));
    }
}
