package io.shopbridge.magento.invoice;

import static io.shopbridge.connector.mapping.Converters.externalId;

import java.math.BigDecimal;
import java.util.List;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.mapping.ExportMapper;
import io.shopbridge.connector.mapping.Field;
import io.shopbridge.connector.mapping.Mapping;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.order.ItemQuantity;

/**
 * ERP invoice → Magento invoice: the order's Magento id, the quantity per order item id, a comment naming the invoice.
 * Lines with no Magento order item (a fee, a discount) are not sent; quantities of one item are summed.
 */
@Singleton
public class InvoiceMapper implements ExportMapper<ErpInvoice, InvoiceExport> {

    static final Field<String> ORDER = Field.named("order");
    static final Field<List<ItemQuantity>> ITEMS = Field.named("items");
    static final Field<String> COMMENT = Field.named("comment");
    static final Field<Boolean> NOTIFY = Field.named("notify");

    private static final Field<String> ITEM = Field.named("item");
    private static final Field<BigDecimal> QTY = Field.named("qty");

    /** An invoice line → its order item and quantity; a line of no Magento item maps to nothing. */
    private static final Mapping<ErpInvoice.Line, ItemQuantity> LINE = Mapping
            .<ErpInvoice.Line, ItemQuantity>into(v -> v.get(ITEM) == null ? null : new ItemQuantity(v.get(ITEM),
                    v.get(QTY)))
            .direct(ITEM, ErpInvoice.Line::saleOrderLineId, externalId(MagentoModels.SALE_ORDER_LINE))
            .direct(QTY, ErpInvoice.Line::quantity);

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.ACCOUNT_INVOICE;
    }

    @Override
    public Mapping<ErpInvoice, InvoiceExport> mapping() {
        return Mapping.<ErpInvoice, InvoiceExport>into(v -> new InvoiceExport(v.get(ORDER),
                ItemQuantity.byItem(v.get(ITEMS)), v.get(COMMENT), v.get(NOTIFY)))
                .direct(ORDER, ErpInvoice::saleOrderId, externalId(MagentoModels.SALE_ORDER))
                .children(ITEMS, ErpInvoice::lines, LINE)
                .computed(COMMENT, (context, invoice) -> "Invoice " + invoice.number())
                .direct(NOTIFY, invoice -> Boolean.FALSE);
    }
}
