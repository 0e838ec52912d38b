package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.util.Optional;

/** The fields a {@code cataloginventory_stock_item.update} sets; empty ones stay as they are. */
public record StockItemChange(Optional<BigDecimal> qty, Optional<Boolean> inStock, Optional<Boolean> manageStock,
        Optional<Boolean> useConfigManageStock, Optional<Integer> backorders, Optional<Boolean> useConfigBackorders) {
}
