package io.shopbridge.magento.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.mapping.MapContext;

/**
 * Magento 1.7 gives an item left out of a non-empty quantity map the quantity of the item before it (a loop bug fixed
 * in 1.8), so an invoice or a shipment sends every item of the order, 0 for those it does not cover.
 */
@Singleton
public class EveryOrderItem {

    @Inject
    SaleOrderLineBinder orderLines;

    /** Every bound item of the ERP order at 0 first, then the covered ones (summed with them). */
    public List<ItemQuantity> padded(MapContext context, long saleOrderId, List<ItemQuantity> covered) {
        return Stream.concat(orderLines.itemIdsOfOrder(context.env(), saleOrderId).stream()
                .map(itemId -> new ItemQuantity(itemId, BigDecimal.ZERO)), covered.stream()).toList();
    }
}
