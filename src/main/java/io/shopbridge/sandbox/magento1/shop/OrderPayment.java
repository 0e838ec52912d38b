package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A row of {@code sales_flat_order_payment}. */
final class OrderPayment {

    private final long id;
    private final long orderId;
    private final String method;
    private final BigDecimal amountOrdered;
    private final BigDecimal shippingAmount;
    private BigDecimal amountPaid;
    private BigDecimal shippingCaptured;

    OrderPayment(long id, long orderId, String method, BigDecimal amountOrdered, BigDecimal shippingAmount) {
        this.id = id;
        this.orderId = orderId;
        this.method = method;
        this.amountOrdered = amountOrdered;
        this.shippingAmount = shippingAmount;
    }

    String method() {
        return method;
    }

    void pay(BigDecimal amount, BigDecimal shipping) {
        amountPaid = Decimals.plus(amountPaid, amount);
        shippingCaptured = Decimals.plus(shippingCaptured, shipping);
    }

    Map<String, Object> toRow() {
        return new Row(Tables.ORDER_PAYMENT)
                .set("entity_id", id)
                .set("parent_id", orderId)
                .set("base_shipping_captured", shippingCaptured)
                .set("shipping_captured", shippingCaptured)
                .set("base_amount_paid", amountPaid)
                .set("base_shipping_amount", shippingAmount)
                .set("shipping_amount", shippingAmount)
                .set("amount_paid", amountPaid)
                .set("base_amount_ordered", amountOrdered)
                .set("amount_ordered", amountOrdered)
                .set("cc_exp_month", "0")
                .set("cc_ss_start_year", "0")
                .set("method", method)
                .set("cc_ss_start_month", "0")
                .set("cc_exp_year", "0")
                .setList("additional_information", List.of())
                .toMap();
    }
}
