package io.shopbridge.magento.order;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A quantity of one Magento order item, as an invoice or a shipment covers it. */
public record ItemQuantity(String itemId, BigDecimal quantity) {

    /** Item id → quantity, in first-seen order, quantities of one item summed. */
    public static Map<String, BigDecimal> byItem(List<ItemQuantity> items) {
        Map<String, BigDecimal> byItem = new LinkedHashMap<>();
        items.forEach(item -> byItem.merge(item.itemId(), item.quantity(), BigDecimal::add));
        return byItem;
    }
}
