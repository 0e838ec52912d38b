package io.shopbridge.support;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.Customer;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.sandbox.magento1.shop.OrderState;

/**
 * The seed's example, set up on both sides: a Magento order of two items in the sandbox, the same order in the ERP
 * bound to it (order and lines), and an invoice of part of it, ready to be bound.
 */
@ApplicationScoped
public class InvoiceScenario {

    public static final String SHOP = "shop-eu";

    @Inject
    Magento1Sandbox sandbox;

    @Inject
    ErpFixtures db;

    /** What was created: Magento ids and ERP ids. */
    public record Setup(String orderIncrementId, String firstItemId, String secondItemId, long invoiceId) {
    }

    /** An order of 2 × SKU-A and 3 × SKU-B; the invoice covers 1 × SKU-B only. */
    public Setup orderWithPartialInvoice(OrderState state) {
        db.backend(SHOP, "1.7");
        String increment = sandbox.createOrder(NewOrder.builder()
                .customer(new Customer(42L, "ada@example.com", "Ada", "Lovelace"))
                .state(state)
                .paymentMethod("checkmo")
                .item("SKU-A", "Widget A", 2, "10.00")
                .item("SKU-B", "Widget B", 3, "20.00")
                .build());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) sandbox.orderInfo(increment).orElseThrow()
                .get("items");
        String itemA = (String) items.get(0).get("item_id");
        String itemB = (String) items.get(1).get("item_id");

        long partner = db.partner("Ada Lovelace");
        long order = db.saleOrder("SO-" + increment, partner);
        long lineA = db.saleOrderLine(order, db.product("A-" + increment), "2");
        long lineB = db.saleOrderLine(order, db.product("B-" + increment), "3");
        long orderBinding = db.bindOrder(SHOP, order, increment);
        db.bindOrderLine(SHOP, lineA, itemA, orderBinding);
        db.bindOrderLine(SHOP, lineB, itemB, orderBinding);
        long invoice = db.invoice("INV-" + increment, partner, order);
        db.invoiceLine(invoice, lineB, "1");
        return new Setup(increment, itemA, itemB, invoice);
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

    @SuppressWarnings("unchecked")
    public String qtyInvoiced(String orderIncrementId, String itemId) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) sandbox.orderInfo(orderIncrementId).orElseThrow()
                .get("items");
        return items.stream().filter(i -> itemId.equals(i.get("item_id"))).findFirst().orElseThrow()
                .get("qty_invoiced").toString();
    }
}
