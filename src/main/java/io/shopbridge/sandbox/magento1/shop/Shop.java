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
 * The sandbox shop's data: customers, catalog, orders, invoices and shipments in memory, with Magento's id sequences.
 * One lock serializes all access (every public method other than {@link #locked} must run inside it), which stands in
 * for the database transactions of a real shop: a method either makes all its changes or, when it throws, none.
 */
public final class Shop {

    private final Clock clock;
    private final InvoicePreparation invoicePreparation;
    private final Sequences ids = Sequences.live();
    private final Sequences fixedIds = Sequences.fixed();
    private final Catalog catalog = new Catalog();
    private final CustomerBook customers = new CustomerBook();
    private final OrderFactory orderFactory = new OrderFactory(ids, fixedIds, catalog);
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final Map<String, Invoice> invoices = new LinkedHashMap<>();
    private final Map<String, Shipment> shipments = new LinkedHashMap<>();

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

    public Catalog catalog() {
        requireLock();
        return catalog;
    }

    public CustomerBook customers() {
        requireLock();
        return customers;
    }

    public Optional<Shipment> shipment(String incrementId) {
        requireLock();
        return Optional.ofNullable(shipments.get(incrementId));
    }

    public List<Shipment> shipments() {
        requireLock();
        return List.copyOf(shipments.values());
    }

    /** Places an order; an edit ({@link NewOrder#editOf()}) also cancels the order it replaces, as the admin does. */
    public Order createOrder(NewOrder spec) {
        requireLock();
        Optional<Order> replaced = Optional.ofNullable(spec.editOf()).map(original -> order(original)
                .orElseThrow(() -> new IllegalArgumentException("No order " + original + " to edit")));
        Order order = orderFactory.create(spec, now(), replaced);
        LocalDateTime editedAt = spec.createdAt() == null ? now() : spec.createdAt();
        replaced.ifPresent(original -> cancel(original, editedAt));
        orders.put(order.incrementId(), order);
        return order;
    }

    /**
     * {@code Mage_Sales_Model_Order::cancel}: does nothing when {@link Order#canCancel} is false; else cancels what is
     * left, returns its qty to stock (the inventory's {@code cancelOrderItem} observer, for items without children)
     * and records the new state.
     */
    public void cancelOrder(Order order) {
        requireLock();
        cancel(order, now());
    }

    private void cancel(Order order, LocalDateTime now) {
        if (!order.canCancel()) {
            return;
        }
        order.items().stream()
                .filter(item -> order.items().stream().noneMatch(child -> child.hasParent()
                        && child.parentItemId() == item.itemId()))
                .forEach(item -> catalog.returnToStock(item.productId(),
                        item.qtyOrdered().subtract(item.qtyInvoicedOrShipped()).subtract(item.qtyCanceled())));
        order.cancel(now);
        order.addStatusHistory(orderFactory.history(order, null, "", now, "order"));
    }

    /** @throws ShopRefusal {@code Hold action is not available.} */
    public void holdOrder(Order order) {
        requireLock();
        if (!order.canHold()) {
            throw new ShopRefusal("Hold action is not available.");
        }
        LocalDateTime now = now();
        order.changeState(OrderState.HOLDED, OrderState.HOLDED.defaultStatus(), now);
        order.addStatusHistory(orderFactory.history(order, null, "", now, "order"));
    }

    /** @throws ShopRefusal {@code Unhold action is not available.} */
    public void unholdOrder(Order order) {
        requireLock();
        if (order.state() != OrderState.HOLDED) {
            throw new ShopRefusal("Unhold action is not available.");
        }
        LocalDateTime now = now();
        order.unhold(now);
        order.addStatusHistory(orderFactory.history(order, null, "", now, "order"));
    }

    /** {@code addStatusToHistory}: the status changes as {@code change} says, and a history entry records it. */
    public void commentOrder(Order order, OrderStatusChange change, String comment, boolean notifyCustomer) {
        requireLock();
        LocalDateTime now = now();
        order.setStatus(change.statusFor(order), now);
        order.addStatusHistory(orderFactory.history(order, notifyCustomer, comment, now, "order"));
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
                sum(lines, InvoicePreparation.Line::discount), invoicePreparation.shippingAmount(order),
                sum(lines, InvoicePreparation.Line::qty), notifyCustomer, now);
        for (InvoicePreparation.Line line : lines) {
            // register() drops zero-qty lines instead of saving them
            if (line.qty().signum() > 0) {
                line.item().registerInvoiced(line.qty(), line.tax(), line.discount(), line.rowTotal(), now);
                invoice.addItem(new InvoiceItem(ids.next(Sequence.INVOICE_ITEM), invoice.entityId(), line.item(),
                        line.qty(), line.rowTotal(), line.tax(), line.discount()));
            }
        }
        if (comment != null) {
            invoice.addComment(new InvoiceComment(ids.next(Sequence.INVOICE_COMMENT), invoice.entityId(), comment,
                    notifyCustomer, now));
        }
        order.registerInvoice(invoice, paid, now);
        if (order.checkStateInProcess(now)) {
            order.addStatusHistory(orderFactory.history(order, null, "", now, "invoice"));
        }
        invoices.put(invoice.incrementId(), invoice);
        return invoice;
    }

    /**
     * Prepares, registers and saves a shipment the way {@code sales_order_shipment.create} does (see
     * {@link ShipmentPreparation}). The API adds its comment argument even when it is null, so every API-made
     * shipment has one comment row, possibly with a NULL comment. The caller checks {@link Order#canShip()} first.
     *
     * @throws ShopRefusal {@code Cannot create an empty shipment.} when no line has a qty; nothing changes then
     */
    public Shipment createShipment(Order order, ItemQtys qtys, String comment, boolean notifyWithComment,
            boolean emailSent) {
        requireLock();
        List<ShipmentPreparation.Line> lines = ShipmentPreparation.prepare(order, qtys).stream()
                .filter(line -> line.qty().signum() > 0)
                .toList();
        if (lines.isEmpty()) {
            throw new ShopRefusal("Cannot create an empty shipment.");
        }
        LocalDateTime now = now();
        BigDecimal totalQty = lines.stream()
                .filter(line -> !line.item().isDummy())
                .map(ShipmentPreparation.Line::qty)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Shipment shipment = new Shipment(ids.next(Sequence.SHIPMENT),
                ids.nextIncrementId(Sequence.SHIPMENT_INCREMENT), order, totalQty, emailSent, now);
        for (ShipmentPreparation.Line line : lines) {
            line.item().registerShipped(line.qty(), now);
            shipment.addItem(new ShipmentItem(ids.next(Sequence.SHIPMENT_ITEM), shipment.entityId(), line.item(),
                    line.qty()));
        }
        shipment.addComment(new ShipmentComment(ids.next(Sequence.SHIPMENT_COMMENT), shipment.entityId(), comment,
                notifyWithComment, now));
        order.registerShipment(shipment, now);
        if (order.checkStateInProcess(now)) {
            order.addStatusHistory(orderFactory.history(order, null, "", now, "shipment"));
        }
        shipments.put(shipment.incrementId(), shipment);
        return shipment;
    }

    /** Adds a tracking number to a shipment; the caller checks the carrier is trackable, as the API does. */
    public ShipmentTrack addTrack(Shipment shipment, String carrierCode, String title, String trackNumber) {
        requireLock();
        LocalDateTime now = now();
        ShipmentTrack track = new ShipmentTrack(ids.next(Sequence.SHIPMENT_TRACK), shipment.entityId(),
                shipment.order().entityId(), carrierCode, title, trackNumber, now);
        shipment.addTrack(track, now);
        return track;
    }

    /** Saves a product with its changed stock item, as {@code cataloginventory_stock_item.update} does. */
    public void updateStock(Product product, StockItemChange change) {
        requireLock();
        catalog.updateStock(product, change, now());
    }

    /** Forgets every record and restarts the id sequences. */
    public void clear() {
        requireLock();
        orders.clear();
        invoices.clear();
        shipments.clear();
        catalog.clear();
        customers.clear();
        ids.reset();
        fixedIds.reset();
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
