package io.shopbridge.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.shop.OrderState;

/**
 * The seed's example, set up on both sides: a bound order ({@link BoundOrders}) and an invoice of part of it, ready
 * to be bound.
 */
@ApplicationScoped
public class InvoiceScenario {

    public static final String SHOP = BoundOrders.SHOP;

    @Inject
    BoundOrders orders;

    @Inject
    ErpFixtures db;

    /** What was created: Magento ids and ERP ids. */
    public record Setup(String orderIncrementId, String firstItemId, String secondItemId, long invoiceId) {
    }

    /** An order of 2 × SKU-A and 3 × SKU-B; the invoice covers 1 × SKU-B only. */
    public Setup orderWithPartialInvoice(OrderState state) {
        BoundOrders.BoundOrder order = orders.place(state);
        long invoice = db.invoice("INV-" + order.incrementId(), order.partnerId(), order.orderId());
        db.invoiceLine(invoice, order.secondLineId(), "1");
        return new Setup(order.incrementId(), order.firstItemId(), order.secondItemId(), invoice);
    }

    @Inject
    JobRows jobs;

    /** The invoice's binding, and the export job its trigger's event enqueued. */
    public record Export(long bindingId, String jobUuid) {
    }

    /** Binds the invoice to the shop, as the ERP would, and waits for the export job it starts. */
    public Export bind(Setup setup) {
        long binding = db.bindInvoice(SHOP, setup.invoiceId());
        return new Export(binding, jobs.awaitJobFor("export_invoice", MagentoModels.ACCOUNT_INVOICE, binding));
    }

    public String qtyInvoiced(String orderIncrementId, String itemId) {
        return orders.itemColumn(orderIncrementId, itemId, "qty_invoiced");
    }
}
