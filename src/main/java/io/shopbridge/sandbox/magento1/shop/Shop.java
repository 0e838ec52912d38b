package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The sandbox shop's data: orders and invoices in memory, with Magento's id sequences. One lock serializes all
 * access (every public method other than {@link #locked} must run inside it), which stands in for the database
 * transactions of a real shop.
 */
public final class Shop {

    private final Clock clock;
    private final InvoicePreparation invoicePreparation;
    private final Sequences ids = new Sequences();
    private final OrderFactory orderFactory = new OrderFactory(ids);
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final Map<String, Invoice> invoices = new LinkedHashMap<>();

    /** @param reuseOmittedItemQty see {@link InvoicePreparation} */
    public Shop(Clock clock, boolean reuseOmittedItemQty) {
        this.clock = clock;
        this.invoicePreparation = new InvoicePreparation(reuseOmittedItemQty);
    }

    public synchronized <T> T locked(Supplier<T> work) {
        return work.get();
    }

    public synchronized void lockedDo(Runnable work) {
        work.run();
    }

    public Optional<Order> order(String incrementId) {
        requireLock();
        return Optional.ofNullable(orders.get(incrementId));
    }

    public List<Order> orders() {
        requireLock();
        return List.copyOf(orders.values());
    }

    public Optional<Invoice> invoice(String incrementId) {
        requireLock();
        return Optional.ofNullable(invoices.get(incrementId));
    }

    public List<Invoice> invoices() {
        requireLock();
        return List.copyOf(invoices.values());
    }

    public Order createOrder(NewOrder spec) {
        requireLock();
        Order order = orderFactory.create(spec, now());
        orders.put(order.incrementId(), order);
        return order;
    }

    /**
     * Prepares, registers and saves an invoice the way {@code sales_order_invoice.create} does. Nothing changes
     * when the qty check fails. The caller checks {@link Order#canInvoice()} first, as the API does.
     *
     * @throws ShopException {@code Invalid qty to invoice item "<name>"}
     */
    public Invoice createInvoice(Order order, ItemQtys qtys, String comment, boolean notifyCustomer) {
        requireLock();
        List<InvoicePreparation.Line> lines = invoicePreparation.prepare(order, qtys);
        LocalDateTime now = now();
        BigDecimal subtotal = sum(lines, InvoicePreparation.Line::rowTotal);
        BigDecimal tax = sum(lines, InvoicePreparation.Line::tax);
        boolean paid = !PaymentMethods.capturesThroughGateway(order.paymentMethod());
        Invoice invoice = new Invoice(ids.next(Sequence.INVOICE), ids.nextIncrementId(Sequence.INVOICE_INCREMENT),
                order, paid ? Invoice.STATE_PAID : Invoice.STATE_OPEN, subtotal, tax,
                invoicePreparation.shippingAmount(order), sum(lines, InvoicePreparation.Line::qty), notifyCustomer,
                now);
        for (InvoicePreparation.Line line : lines) {
            // register() drops zero-qty lines instead of saving them
            if (line.qty().signum() > 0) {
                line.item().registerInvoiced(line.qty(), line.tax(), line.rowTotal(), now);
                invoice.addItem(new InvoiceItem(ids.next(Sequence.INVOICE_ITEM), invoice.entityId(), line.item(),
                        line.qty(), line.rowTotal(), line.tax()));
            }
        }
        if (comment != null) {
            invoice.addComment(new InvoiceComment(ids.next(Sequence.INVOICE_COMMENT), invoice.entityId(), comment,
                    notifyCustomer, now));
        }
        order.registerInvoice(invoice, paid, now);
        if (order.moveOnAfterInvoice(now)) {
            order.addStatusHistory(orderFactory.history(order, null, "", now, "invoice"));
        }
        invoices.put(invoice.incrementId(), invoice);
        return invoice;
    }

    /** Forgets every order and invoice and restarts the id sequences. */
    public void clear() {
        requireLock();
        orders.clear();
        invoices.clear();
        ids.reset();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private void requireLock() {
        if (!Thread.holdsLock(this)) {
            throw new IllegalStateException("Shop data is only touched inside Shop.locked(...)");
        }
    }

    private static BigDecimal sum(List<InvoicePreparation.Line> lines,
            Function<InvoicePreparation.Line, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
