package io.shopbridge.magento.invoice;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.Binder;
import io.shopbridge.connector.binding.Binding;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.mapping.ExportMapper;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/**
 * ERP invoice → Magento invoice: the order's Magento id, the quantity per order item id, a comment naming the invoice.
 * Lines with no Magento order item (a fee, a discount) are not sent; quantities of one item are summed.
 */
@Singleton
public class InvoiceMapper implements ExportMapper<ErpInvoice, InvoiceExport> {

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.ACCOUNT_INVOICE;
    }

    @Override
    public InvoiceExport map(ConnectorEnvironment env, ErpInvoice invoice) {
        String order = env.forModel(MagentoModels.SALE_ORDER).unit(Binder.class).forErp(env, invoice.saleOrderId())
                .map(Binding::externalId).orElseThrow();
        return new InvoiceExport(order, quantities(env, invoice), "Invoice " + invoice.number(), false);
    }

    /** Item id → quantity to invoice, in line order. */
    protected Map<String, BigDecimal> quantities(ConnectorEnvironment env, ErpInvoice invoice) {
        Binder lines = env.forModel(MagentoModels.SALE_ORDER_LINE).unit(Binder.class);
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        for (ErpInvoice.Line line : invoice.lines()) {
            if (line.saleOrderLineId() != null) {
                lines.forErp(env, line.saleOrderLineId()).filter(Binding::isBound)
                        .ifPresent(item -> items.merge(item.externalId(), line.quantity(), BigDecimal::add));
            }
        }
        if (items.isEmpty()) {
            // an empty map would invoice the whole order on Magento
            throw new PermanentJobError("invoice " + invoice.number()
                    + " has no line linked to a Magento order item: nothing to invoice");
        }
        return items;
    }
}
