package io.shopbridge.magento.order;

import static io.shopbridge.connector.mapping.Converters.externalId;

import java.util.List;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.mapping.ExportMapper;
import io.shopbridge.connector.mapping.Field;
import io.shopbridge.connector.mapping.Mapping;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/**
 * ERP order document → Magento invoice or shipment: the order's Magento id, the quantity per order item id, a comment
 * naming the document. Lines with no Magento order item (a fee, a discount) are not sent; quantities of one item are
 * summed.
 */
public abstract class OrderDocumentMapper<R extends OrderDocument> implements ExportMapper<R, OrderDocumentExport> {

    public static final Field<String> ORDER = Field.named("order");
    public static final Field<List<ItemQuantity>> ITEMS = Field.named("items");
    public static final Field<String> COMMENT = Field.named("comment");
    public static final Field<Boolean> NOTIFY = Field.named("notify");

    private static final Mapping<OrderDocument.Line, ItemQuantity> LINE = ItemQuantity.ofLines(
            OrderDocument.Line::saleOrderLineId, OrderDocument.Line::quantity);

    /** The comment's first word: {@code Invoice}, {@code Shipment}. */
    protected abstract String commentPrefix();

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public Mapping<R, OrderDocumentExport> mapping() {
        return Mapping.<R, OrderDocumentExport>into(v -> new OrderDocumentExport(v.get(ORDER),
                ItemQuantity.byItem(v.get(ITEMS)), v.get(COMMENT), v.get(NOTIFY)))
                .direct(ORDER, OrderDocument::saleOrderId, externalId(MagentoModels.SALE_ORDER))
                .children(ITEMS, OrderDocument::lines, LINE)
                .computed(COMMENT, (context, document) -> commentPrefix() + " " + document.number())
                .direct(NOTIFY, document -> Boolean.FALSE);
    }
}
