package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which qty of which order item goes on a new invoice, and its row total and tax: Magento 1.7's
 * {@code Mage_Sales_Model_Service_Order::prepareInvoice}, {@code Invoice_Item::setQty} and the invoice total
 * collectors, including their quirks.
 */
final class InvoicePreparation {

    record Line(OrderItem item, BigDecimal qty, BigDecimal rowTotal, BigDecimal tax, BigDecimal discount) {
    }

    private final boolean reuseOmittedItemQty;

    /**
     * @param reuseOmittedItemQty 1.7 behaviour: an item left out of a non-empty qty map gets the qty of the item
     *        handled just before it (the loop variable is never reset); false gives the later behaviour (qty 0)
     */
    InvoicePreparation(boolean reuseOmittedItemQty) {
        this.reuseOmittedItemQty = reuseOmittedItemQty;
    }

    /** @throws ShopException {@code Invalid qty to invoice item "<name>"} when a qty exceeds what is left */
    List<Line> prepare(Order order, ItemQtys qtys) {
        List<Line> lines = new ArrayList<>();
        BigDecimal qty = null;
        for (OrderItem item : order.items()) {
            if (!item.canInvoice()) {
                continue;
            }
            if (item.isDummy()) {
                qty = item.qtyOrdered().signum() > 0 ? item.qtyOrdered() : BigDecimal.ONE;
            } else if (!qtys.isEmpty()) {
                Optional<BigDecimal> requested = qtys.requested(item.itemId());
                if (requested.isPresent()) {
                    qty = requested.get();
                } else if (!reuseOmittedItemQty) {
                    qty = BigDecimal.ZERO;
                }
            } else {
                qty = item.qtyToInvoice();
            }
            BigDecimal accepted = acceptedQty(item, qty);
            lines.add(new Line(item, accepted, rowTotal(item, accepted), tax(item, accepted),
                    discount(item, accepted)));
        }
        return lines;
    }

    /** Invoice shipping: the order's, unless an earlier invoice already carried it. */
    BigDecimal shippingAmount(Order order) {
        boolean alreadyInvoiced = order.invoices().stream().anyMatch(invoice -> invoice.shippingAmount().signum() != 0);
        return alreadyInvoiced ? BigDecimal.ZERO : order.shippingAmount();
    }

    private static BigDecimal acceptedQty(OrderItem item, BigDecimal requested) {
        BigDecimal qty = requested == null ? BigDecimal.ZERO : requested;
        if (!item.isQtyDecimal()) {
            qty = qty.setScale(0, RoundingMode.DOWN);
        }
        qty = qty.max(BigDecimal.ZERO);
        if (qty.compareTo(item.qtyToInvoice()) > 0 && !item.isDummy()) {
            throw new ShopException("Invalid qty to invoice item \"" + item.name() + "\"");
        }
        return qty;
    }

    private static boolean isLast(OrderItem item, BigDecimal qty) {
        return qty.compareTo(item.qtyToInvoice()) == 0;
    }

    private static BigDecimal rowTotal(OrderItem item, BigDecimal qty) {
        BigDecimal remaining = item.rowTotal().subtract(item.rowInvoiced());
        if (isLast(item, qty)) {
            return remaining;
        }
        BigDecimal availableQty = item.qtyOrdered().subtract(item.qtyInvoiced());
        if (availableQty.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return Decimals.price(remaining.multiply(qty).divide(availableQty, 4, RoundingMode.HALF_UP));
    }

    /** The invoice discount collector: the item's discount in proportion, what is left on its last invoice. */
    private static BigDecimal discount(OrderItem item, BigDecimal qty) {
        if (item.isDummy() || item.qtyOrdered().signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (isLast(item, qty)) {
            return item.discountAmount().subtract(item.discountInvoiced());
        }
        return Decimals.price(item.discountAmount().multiply(qty).divide(item.qtyOrdered(), 4, RoundingMode.HALF_UP));
    }

    private static BigDecimal tax(OrderItem item, BigDecimal qty) {
        if (item.isDummy() || item.qtyOrdered().signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (isLast(item, qty)) {
            return item.taxAmount().subtract(item.taxInvoiced());
        }
        return Decimals.price(item.taxAmount().multiply(qty).divide(item.qtyOrdered(), 4, RoundingMode.HALF_UP));
    }
}
