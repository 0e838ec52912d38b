package io.shopbridge.magento.imports;

import static io.shopbridge.support.ImportRuns.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.Customer;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.support.ImportRuns;

/** An edited order ({@code -1}) is linked to the order it replaces, which is imported first if need be and cancelled. */
@QuarkusTest
class ImportEditedOrderTest {

    @Inject
    ImportRuns imports;

    @Inject
    Magento1Sandbox sandbox;

    @BeforeEach
    void freshShop() {
        imports.freshShop();
    }

    @Test
    void anEditImportsItsParentFirstAndLinksIt() {
        Map<String, Object> edit = order("100000205-1");

        Long parentId = imports.erpId(MagentoModels.SALE_ORDER, "100000205");
        assertEquals(parentId, edit.get("parent_order_id"));
        assertEquals("cancel", imports.row("sale_order", parentId).get("state"));
        assertEquals("draft", edit.get("state"));
        assertAmount("459.65", edit.get("amount_total"), "total = grand_total");
    }

    @Test
    void anEditCancelsItsParentImportedBeforeAsAnOpenOrder() {
        NewOrder.Builder placed = NewOrder.builder()
                .customer(new Customer(136L, "jane.doe@example.com", "Jane", "Doe", 1))
                .item("ace000", "Aviator Sunglasses", 1, "295.00");
        String parent = imports.placeOrder(placed);
        assertEquals("draft", order(parent).get("state"));

        String edit = imports.placeOrder(placed.editOf(parent).item("hdb005", "Titian Raw Silk Pillow", 1, "125.00"),
                parent + "-1");

        assertEquals(parent + "-1", edit);
        Map<String, Object> imported = order(edit);
        Long parentId = imports.erpId(MagentoModels.SALE_ORDER, parent);
        assertEquals(parentId, imported.get("parent_order_id"));
        assertEquals("cancel", imports.row("sale_order", parentId).get("state"));
    }

    private Map<String, Object> order(String incrementId) {
        imports.imported(MagentoModels.SALE_ORDER, incrementId);
        return imports.row("sale_order", imports.erpId(MagentoModels.SALE_ORDER, incrementId));
    }
}
