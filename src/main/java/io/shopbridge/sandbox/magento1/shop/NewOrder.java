package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An order to place in the sandbox shop, e.g.
 * {@code NewOrder.builder().item("ace001", "Jackie O Round Sunglasses", 2, "225.00").build()}.
 * The state is taken as given (a "processing" order is not invoiced by this), except that a canceled order has its
 * items canceled and a holded one remembers {@code new/pending} as the state to return to.
 *
 * @param billingAddress null for the customer's name at {@link PostalAddress#SPRINGFIELD}; likewise shipping
 * @param editOf the increment id of the order this one replaces (an admin "edit"), or null
 * @param incrementId a given increment id, or null for the next one; a given one takes its other ids from the fixed
 *        range of each {@link Sequence}
 */
public record NewOrder(Customer customer, OrderState state, String paymentMethod, BigDecimal shippingAmount,
        BigDecimal taxPercent, LocalDateTime createdAt, List<NewOrderItem> items, ShippingMethod shippingMethod,
        OrderCurrency currency, PlacedAddress billingAddress, PlacedAddress shippingAddress, String editOf,
        String incrementId) {

    public NewOrder {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(shippingAmount, "shippingAmount");
        Objects.requireNonNull(taxPercent, "taxPercent");
        Objects.requireNonNull(shippingMethod, "shippingMethod");
        Objects.requireNonNull(currency, "currency");
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("An order needs at least one item");
        }
        items = List.copyOf(items);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Customer customer = Customer.guest("guest@example.com", "Guest", "Shopper");
        private OrderState state = OrderState.NEW;
        private String paymentMethod = "checkmo";
        private BigDecimal shippingAmount = BigDecimal.ZERO;
        private BigDecimal taxPercent = BigDecimal.ZERO;
        private LocalDateTime createdAt;
        private final List<NewOrderItem> items = new ArrayList<>();
        private ShippingMethod shippingMethod = ShippingMethod.FLAT_RATE;
        private OrderCurrency currency = OrderCurrency.USD;
        private PlacedAddress billingAddress;
        private PlacedAddress shippingAddress;
        private String editOf;
        private String incrementId;

        private Builder() {
        }

        public Builder customer(Customer customer) {
            this.customer = customer;
            return this;
        }

        public Builder state(OrderState state) {
            this.state = state;
            return this;
        }

        /** An offline method (default {@code checkmo}) gets paid invoices; a gateway one open invoices. */
        public Builder paymentMethod(String paymentMethod) {
            this.paymentMethod = paymentMethod;
            return this;
        }

        public Builder shippingAmount(String shippingAmount) {
            this.shippingAmount = new BigDecimal(shippingAmount);
            return this;
        }

        /** Defaults to flat rate. */
        public Builder shippingMethod(ShippingMethod shippingMethod) {
            this.shippingMethod = shippingMethod;
            return this;
        }

        public Builder taxPercent(String taxPercent) {
            this.taxPercent = new BigDecimal(taxPercent);
            return this;
        }

        /** Defaults to US dollars. */
        public Builder currency(OrderCurrency currency) {
            this.currency = currency;
            return this;
        }

        public Builder addresses(PlacedAddress billing, PlacedAddress shipping) {
            this.billingAddress = billing;
            this.shippingAddress = shipping;
            return this;
        }

        public Builder editOf(String originalIncrementId) {
            this.editOf = originalIncrementId;
            return this;
        }

        public Builder incrementId(String incrementId) {
            this.incrementId = incrementId;
            return this;
        }

        /** Defaults to the sandbox clock's now. */
        public Builder createdAt(LocalDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder item(String sku, String name, int qty, String price) {
            return item(new NewOrderItem(sku, name, BigDecimal.valueOf(qty), new BigDecimal(price), null));
        }

        public Builder configurableItem(String sku, String name, int qty, String price, String childSku) {
            return item(new NewOrderItem(sku, name, BigDecimal.valueOf(qty), new BigDecimal(price), childSku));
        }

        public Builder item(NewOrderItem item) {
            items.add(item);
            return this;
        }

        public NewOrder build() {
            return new NewOrder(customer, state, paymentMethod, shippingAmount, taxPercent, createdAt, items,
                    shippingMethod, currency, billingAddress, shippingAddress, editOf, incrementId);
        }
    }
}
