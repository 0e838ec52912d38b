package io.shopbridge.magento.order;

import java.math.BigDecimal;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.mapping.Mapping;

/**
 * Magento 1.7 gives an item left out of a non-empty quantity map the quantity of the item before it (a loop bug fixed
 * in 1.8), so an invoice or a shipment sends every item of the order, 0 for those it does not cover.
 */
@Singleton
public class EveryOrderItem {

    @Inject
    SaleOrderLineBinder orderLines;

    /** The generic mapping with its {@code items} rule replaced: every bound item of the order at 0, then the covered. */
    public <R extends OrderDocument> Mapping<R, OrderDocumentExport> in(Mapping<R, OrderDocumentExport> generic) {
        return generic.computed(OrderDocumentMapper.ITEMS, (context, document) -> Stream.concat(
                orderLines.itemIdsOfOrder(context.env(), document.saleOrderId()).stream()
                        .map(itemId -> new ItemQuantity(itemId, BigDecimal.ZERO)),
                generic.value(OrderDocumentMapper.ITEMS, context, document).stream()).toList());
    }
}
