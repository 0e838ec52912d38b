package io.shopbridge.magento.imports;

import static io.shopbridge.support.ImportRuns.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.shop.Customer;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.sandbox.magento2.Magento2Sandbox;
import io.shopbridge.sandbox.magento2.sales.Orders;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.ShopVersion;

/**
 * An edited order ({@code -1}) is linked to the order it replaces, which is imported first if need be and cancelled,
 * on every Magento version (1.7 names the replaced order by increment id, 2.x by entity id).
 */
@QuarkusTest
class ImportEditedOrderTest {

    @Inject
    ImportRuns imports;

    @Inject
    Magento2Sandbox sandbox2;

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void anEditImportsItsParentFirstAndLinksIt(ShopVersion shop) {
        imports.freshShop(shop);
        Map<String, Object> edit = order(shop, shop.order("100000205-1"));

        assertEquals("100000205-1", edit.get("name"));
        Long parentId = imports.erpId(shop, MagentoModels.SALE_ORDER, shop.order("100000205"));
        assertEquals(parentId, edit.get("parent_order_id"));
        assertEquals("cancel", imports.row("sale_order", parentId).get("state"));
        assertEquals("draft", edit.get("state"));
        assertAmount("459.65", edit.get("amount_total"), "total = grand_total");
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void anEditCancelsItsParentImportedBeforeAsAnOpenOrder(ShopVersion shop) {
        imports.freshShop(shop);
        List<String> parent = placeOrder(shop, null);
        assertEquals("draft", order(shop, parent.get(0)).get("state"));

        List<String> edit = placeOrder(shop, parent);

        assertEquals(parent.get(1) + "-1", edit.get(1));
        Map<String, Object> imported = order(shop, edit.get(0));
        Long parentId = imports.erpId(shop, MagentoModels.SALE_ORDER, parent.get(0));
        assertEquals(parentId, imported.get("parent_order_id"));
        assertEquals("cancel", imports.row("sale_order", parentId).get("state"));
    }

    /**
     * Places Jane's order of Aviator Sunglasses, or its edit (with a pillow more) when {@code parent} is given: the
     * shop numbers an edit after its parent and links it.
     *
     * @param parent the external id and increment id of the order edited, or null
     * @return the order's external id on the version, and its increment id
     */
    private List<String> placeOrder(ShopVersion shop, List<String> parent) {
        if (shop == ShopVersion.V1_7) {
            NewOrder.Builder placed = NewOrder.builder()
                    .customer(new Customer(136L, "jane.doe@example.com", "Jane", "Doe", 1))
                    .item("ace000", "Aviator Sunglasses", 1, "295.00");
            String incrementId = parent == null ? imports.placeOrder(placed)
                    : imports.placeOrder(placed.editOf(parent.get(1)).item("hdb005", "Titian Raw Silk Pillow", 1,
                            "125.00"), parent.get(1) + "-1");
            return List.of(incrementId, incrementId);
        }
        List<io.shopbridge.sandbox.magento2.sales.NewOrder.Line> lines = new java.util.ArrayList<>(List.of(line(
                "ace000", "Aviator Sunglasses", "295.00")));
        if (parent != null) {
            lines.add(line("hdb005", "Titian Raw Silk Pillow", "125.00"));
        }
        ObjectNode placed = imports.placeOrder(new io.shopbridge.sandbox.magento2.sales.NewOrder("new", 136L,
                "jane.doe@example.com", "Jane", "Doe", lines));
        String entityId = placed.path("entity_id").asText();
        if (parent == null) {
            return List.of(entityId, placed.path("increment_id").asText());
        }
        // what Magento does when an admin edits an order: the new one is numbered and linked after it
        sandbox2.withShop(data -> {
            ObjectNode edit = data.find(Orders.TABLE, entityId).orElseThrow();
            edit.put("increment_id", parent.get(1) + "-1");
            edit.put("relation_parent_id", Long.parseLong(parent.get(0)));
            edit.put("relation_parent_real_id", parent.get(1));
            return edit;
        });
        return List.of(entityId, parent.get(1) + "-1");
    }

    private static io.shopbridge.sandbox.magento2.sales.NewOrder.Line line(String sku, String name, String price) {
        return new io.shopbridge.sandbox.magento2.sales.NewOrder.Line(sku, name, BigDecimal.ONE, new BigDecimal(price));
    }

    private Map<String, Object> order(ShopVersion shop, String externalId) {
        imports.imported(shop, MagentoModels.SALE_ORDER, externalId);
        return imports.row("sale_order", imports.erpId(shop, MagentoModels.SALE_ORDER, externalId));
    }
}
