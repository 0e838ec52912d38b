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

    @Inject
    TestShops shops;

    @Inject
    JobRows jobs;

    /** What was created: the bound order, and the ERP invoice with its number. */
    public record Setup(BoundOrders.BoundOrder order, long invoiceId, String invoiceNumber) {

        public String orderIncrementId() {
            return order.externalId();
        }

        public String firstItemId() {
            return order.firstItemId();
        }

        public String secondItemId() {
            return order.secondItemId();
        }
    }

    /** The invoice's binding, and the export job its trigger's event enqueued. */
    public record Export(long bindingId, String jobUuid) {
    }

    /** On the 1.7 shop. */
    public Setup orderWithPartialInvoice(OrderState state) {
        return orderWithPartialInvoice(shops.of("1.7"), state);
    }

    /** An order of 2 × SKU-A and 3 × SKU-B; the invoice covers 1 × SKU-B only. */
    public Setup orderWithPartialInvoice(TestShop shop, OrderState state) {
        BoundOrders.BoundOrder order = orders.place(shop, state);
        String number = "INV-" + order.externalId();
        long invoice = db.invoice(number, order.partnerId(), order.orderId());
        db.invoiceLine(invoice, order.secondLineId(), "1");
        return new Setup(order, invoice, number);
    }

    /** Binds the invoice to the order's shop, as the ERP would, and waits for the export job it starts. */
    public Export bind(Setup setup) {
        long binding = db.bindInvoice(setup.order().shop().id(), setup.invoiceId());
        return new Export(binding, jobs.awaitJobFor("export_invoice", MagentoModels.ACCOUNT_INVOICE, binding));
    }

    /** On the 1.7 shop, as its sandbox writes it ({@code 1.0000}). */
    public String qtyInvoiced(String orderIncrementId, String itemId) {
        return orders.itemColumn(orderIncrementId, itemId, "qty_invoiced");
    }
}
