package io.shopbridge.magento.order;

import static io.shopbridge.connector.mapping.Converters.externalId;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.mapping.Field;
import io.shopbridge.connector.mapping.Mapping;
import io.shopbridge.magento.MagentoModels;

/** A quantity of one Magento order item, as an invoice or a shipment covers it. */
public record ItemQuantity(String itemId, BigDecimal quantity) {

    private static final Field<String> ITEM = Field.named("item");
    private static final Field<BigDecimal> QTY = Field.named("qty");

    /**
     * The child mapping of ERP lines (invoice lines, stock moves) that each cover a quantity of a sale order line: the
     * order item bound to that line, and the quantity. A line of no Magento item (a fee, a discount) maps to nothing.
     */
    public static <L> Mapping<L, ItemQuantity> ofLines(Function<L, Long> saleOrderLineId,
            Function<L, BigDecimal> quantity) {
        return Mapping.<L, ItemQuantity>into(v -> v.get(ITEM) == null ? null : new ItemQuantity(v.get(ITEM),
                v.get(QTY)))
                .direct(ITEM, saleOrderLineId, externalId(MagentoModels.SALE_ORDER_LINE))
                .direct(QTY, quantity);
    }

    /** Item id → quantity, in first-seen order, quantities of one item summed. */
    public static Map<String, BigDecimal> byItem(List<ItemQuantity> items) {
        Map<String, BigDecimal> byItem = new LinkedHashMap<>();
        items.forEach(item -> byItem.merge(item.itemId(), item.quantity(), BigDecimal::add));
        return byItem;
    }

    /**
     * Fails the job when no item gets a quantity: an empty map would make Magento invoice or ship the whole order.
     *
     * @param document what is exported ({@code invoice INV/1}), @param verb what Magento would do ({@code invoice})
     */
    public static void requireSome(Map<String, BigDecimal> quantities, String document, String verb) {
        if (quantities.values().stream().noneMatch(qty -> qty.signum() > 0)) {
            throw new PermanentJobError(document + " has no line linked to a Magento order item: nothing to " + verb);
        }
    }
}
