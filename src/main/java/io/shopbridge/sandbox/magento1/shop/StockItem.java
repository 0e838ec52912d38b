package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;

/**
 * A product's {@code cataloginventory_stock_item} in the default stock. The config defaults of a stock 1.7 apply where
 * an item uses them: stock managed, no backorders, minimum qty 0.
 *
 * @param backorders 0 no, 1 allow, 2 allow and notify
 */
public record StockItem(long productId, BigDecimal qty, boolean inStock, boolean manageStock,
        boolean useConfigManageStock, int backorders, boolean useConfigBackorders) {

    private static final int NO_BACKORDERS = 0;

    public static StockItem of(long productId, String qty, boolean inStock) {
        return new StockItem(productId, new BigDecimal(qty), inStock, true, true, NO_BACKORDERS, true);
    }

    /**
     * The item as {@code Mage_CatalogInventory_Model_Stock_Item::_beforeSave} stores it after {@code change}: a type
     * without qty keeps 0, and a qty at or below the minimum with no backorders takes the item out of stock whatever
     * the request said (it never puts an item back in stock by itself).
     */
    StockItem saved(StockItemChange change, ProductType type) {
        BigDecimal newQty = type.hasQty() ? change.qty().orElse(qty) : BigDecimal.ZERO;
        boolean newInStock = change.inStock().orElse(inStock);
        boolean newUseConfigBackorders = change.useConfigBackorders().orElse(useConfigBackorders);
        int newBackorders = change.backorders().orElse(backorders);
        int effectiveBackorders = newUseConfigBackorders ? NO_BACKORDERS : newBackorders;
        if (type.hasQty() && effectiveBackorders == NO_BACKORDERS && newQty.signum() <= 0) {
            newInStock = false;
        }
        return new StockItem(productId, newQty, newInStock, change.manageStock().orElse(manageStock),
                change.useConfigManageStock().orElse(useConfigManageStock), newBackorders, newUseConfigBackorders);
    }

    /** The canceled qty of an order going back to stock ({@code backItemQty}). */
    StockItem withQtyBack(BigDecimal returned) {
        return new StockItem(productId, qty.add(returned), inStock, manageStock, useConfigManageStock, backorders,
                useConfigBackorders);
    }
}
