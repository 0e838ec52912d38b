package io.shopbridge.sandbox.magento1.shop;

import java.time.LocalDateTime;

/**
 * The orders every fresh sandbox starts with, always with the same ids and dates so that routes and tests can name
 * them. Item ids follow in order: {@code 501, 502} for the first order, {@code 503} (configurable parent) and
 * {@code 504} (its child) for the second, and so on.
 */
public final class SeedOrders {

    /** new/pending, registered customer, two simple items (2 × 225.00 and 1 × 190.00), 8.25% tax, 5.00 shipping. */
    public static final String INVOICEABLE = "100000001";
    /** new/pending, one configurable line (2 × Tori Tank 60.00) = parent item + simple child. */
    public static final String CONFIGURABLE = "100000002";
    public static final String CANCELED = "100000003";
    /** holded, held from new/pending. */
    public static final String HOLDED = "100000004";
    /** new/pending, guest checkout, cash on delivery, one simple item. */
    public static final String GUEST = "100000005";

    private static final Customer JANE = new Customer(136L, "jane.doe@example.com", "Jane", "Doe");
    private static final LocalDateTime FIRST_ORDER_AT = LocalDateTime.of(2024, 5, 6, 9, 30, 0);

    private SeedOrders() {
    }

    /** Places the seed orders in an empty shop; call inside {@link Shop#lockedDo}. */
    public static void seed(Shop shop) {
        shop.createOrder(NewOrder.builder()
                .customer(JANE)
                .shippingAmount("5.00")
                .taxPercent("8.25")
                .createdAt(FIRST_ORDER_AT)
                .item("ace001", "Jackie O Round Sunglasses", 2, "225.00")
                .item("msj000", "French Cuff Cotton Twill Oxford", 1, "190.00")
                .build());
        shop.createOrder(NewOrder.builder()
                .customer(JANE)
                .taxPercent("9.00")
                .createdAt(FIRST_ORDER_AT.plusHours(1))
                .configurableItem("wbk003", "Tori Tank", 2, "60.00", "wbk003xs")
                .build());
        shop.createOrder(NewOrder.builder()
                .customer(JANE)
                .state(OrderState.CANCELED)
                .createdAt(FIRST_ORDER_AT.plusHours(2))
                .item("hde001", "Madison LX2200", 1, "425.00")
                .build());
        shop.createOrder(NewOrder.builder()
                .customer(JANE)
                .state(OrderState.HOLDED)
                .createdAt(FIRST_ORDER_AT.plusHours(3))
                .item("abl004", "Houston Travel Wallet", 1, "210.00")
                .build());
        shop.createOrder(NewOrder.builder()
                .customer(Customer.guest("bill@example.com", "Bill", "Boquey"))
                .paymentMethod("cashondelivery")
                .createdAt(FIRST_ORDER_AT.plusHours(4))
                .item("ace000", "Aviator Sunglasses", 1, "295.00")
                .build());
    }
}
