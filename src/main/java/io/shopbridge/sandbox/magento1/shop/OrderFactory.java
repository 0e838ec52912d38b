package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Turns a {@link NewOrder} into the rows Magento's checkout would have written. */
final class OrderFactory {

    private final Sequences liveIds;
    private final Sequences fixedIds;
    private final Catalog catalog;

    /** @param fixedIds for orders placed with a given increment id (see {@link Sequence}) */
    OrderFactory(Sequences liveIds, Sequences fixedIds, Catalog catalog) {
        this.liveIds = liveIds;
        this.fixedIds = fixedIds;
        this.catalog = catalog;
    }

    /** @param replaced the order an edit replaces (its links are set here, its cancellation is the caller's) */
    Order create(NewOrder spec, LocalDateTime now, Optional<Order> replaced) {
        LocalDateTime at = spec.createdAt() == null ? now : spec.createdAt();
        Sequences ids = spec.incrementId() == null ? liveIds : fixedIds;
        long orderId = ids.next(Sequence.ORDER);
        Optional<OrderEdit> edit = replaced.map(OrderEdit::replacing);
        String incrementId = spec.incrementId() != null ? spec.incrementId()
                : edit.isPresent() ? edit.get().childIncrementIdOfEdit()
                : ids.nextIncrementId(Sequence.ORDER_INCREMENT);
        Order order = new Order(orderId, incrementId, spec, ids.next(Sequence.QUOTE), at);
        edit.ifPresent(order::linkEdit);
        replaced.ifPresent(parent -> parent.linkEdit(parent.edit().withChild(order)));
        spec.items().forEach(line -> addLine(ids, order, line, spec.taxPercent(), at));
        Customer customer = spec.customer();
        order.addAddresses(address(ids, orderId, "billing", customer, spec.billingAddress()),
                address(ids, orderId, "shipping", customer, spec.shippingAddress()));
        order.setPayment(new OrderPayment(ids.next(Sequence.ORDER_PAYMENT), orderId, spec.paymentMethod(),
                order.grandTotal(), spec.shippingAmount()));
        order.addStatusHistory(history(ids, order, true, null, at, "order"));
        if (spec.state() == OrderState.CANCELED) {
            order.cancel(at);
            order.addStatusHistory(history(ids, order, false, null, at, "order"));
        } else if (spec.state() != OrderState.NEW) {
            order.changeState(spec.state(), spec.state().defaultStatus(), at);
            order.addStatusHistory(history(ids, order, false, null, at, "order"));
        }
        return order;
    }

    /** An entry recording the order's current status, as {@code Mage_Sales_Model_Order::_setState} adds one. */
    OrderStatusHistory history(Order order, Boolean customerNotified, String comment, LocalDateTime at,
            String entityName) {
        return history(liveIds, order, customerNotified, comment, at, entityName);
    }

    private static OrderStatusHistory history(Sequences ids, Order order, Boolean customerNotified, String comment,
            LocalDateTime at, String entityName) {
        return new OrderStatusHistory(ids.next(Sequence.ORDER_STATUS_HISTORY), order.entityId(), customerNotified,
                comment, order.status(), at, entityName);
    }

    private void addLine(Sequences ids, Order order, NewOrderItem line, BigDecimal taxPercent, LocalDateTime at) {
        long productId = productId(line.sku());
        if (!line.isConfigurable()) {
            order.addItem(item(ids, order, null, productId, "simple", line.sku(), line, line.price(), taxPercent,
                    line.discountPercent(), buyRequest(productId, line), at));
            return;
        }
        // Magento stores the chosen variant's sku on both rows of a configurable line
        Map<String, Object> parentOptions = new LinkedHashMap<>(buyRequest(productId, line));
        parentOptions.put("simple_name", line.name());
        parentOptions.put("simple_sku", line.childSku());
        parentOptions.put("product_calculations", 1);
        parentOptions.put("shipment_type", 0);
        OrderItem parent = item(ids, order, null, productId, "configurable", line.childSku(), line, line.price(),
                taxPercent, line.discountPercent(), parentOptions, at);
        order.addItem(parent);
        order.addItem(item(ids, order, parent, productId(line.childSku()), "simple", line.childSku(), line,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, buyRequest(productId, line), at));
    }

    private OrderItem item(Sequences ids, Order order, OrderItem parent, long productId, String type, String sku,
            NewOrderItem line,
            BigDecimal price, BigDecimal taxPercent, BigDecimal discountPercent, Map<String, Object> options,
            LocalDateTime at) {
        long itemId = ids.next(Sequence.ORDER_ITEM);
        return new OrderItem(itemId, order.entityId(), parent, productId, type, sku, line.name(), line.qty(), price,
                taxPercent, discountPercent, itemId + 2000, PhpSerialized.array(options), at);
    }

    private OrderAddress address(Sequences ids, long orderId, String type, Customer customer, PlacedAddress given) {
        PlacedAddress placed = given != null ? given
                : new PlacedAddress(null, customer.firstname(), customer.lastname(), PostalAddress.SPRINGFIELD);
        return new OrderAddress(ids.next(Sequence.ORDER_ADDRESS), orderId, type, customer.id(), customer.email(),
                placed);
    }

    private static Map<String, Object> buyRequest(long productId, NewOrderItem line) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("product", Long.toString(productId));
        request.put("qty", line.qty().stripTrailingZeros().toPlainString());
        return Map.of("info_buyRequest", request);
    }

    /** The catalog's product of that sku, or a stable made-up id, so the same sku always looks like one product. */
    private long productId(String sku) {
        return catalog.productBySku(sku).map(Product::id).orElseGet(() -> 100L + Math.floorMod(sku.hashCode(), 900));
    }
}
