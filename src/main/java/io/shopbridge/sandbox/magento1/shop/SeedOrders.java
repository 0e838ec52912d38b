package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * The orders every fresh sandbox starts with, always with the same ids and dates so that routes and tests can name
 * them. Item ids follow in order: {@code 501, 502} for the first order, {@code 503} (configurable parent) and
 * {@code 504} (its child) for the second, and so on. The first five are the sandbox's own; the next ones are shaped
 * like the m1 captures, with their increment ids and ids where the captures have them (order 181, items from 543),
 * a day later (from 2024-05-07 09:00, one hour apart). Orders placed later still get 100000006, entity 106, item 508…
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
    /** As capture 100000201: Jane's address book entry, two configurable lines, 9% tax, UPS 12.31 = 387.27. */
    public static final String TWO_CONFIGURABLES = "100000201";
    /** As capture 145000008: a guest, free shipping, cash on delivery, 8.25% tax = 243.56. */
    public static final String FREE_SHIPPING_GUEST = "145000008";
    /** A VIP with separate billing and shipping addresses, 10% off, 8.25% tax after the discount. */
    public static final String DISCOUNTED = "100000203";
    /** A company in France, in euros, 20% tax. */
    public static final String EUROS = "100000204";
    /** Replaced by its edit {@link #EDIT}, so canceled, and linked to it. */
    public static final String EDITED = "100000205";
    public static final String EDIT = "100000205-1";
    /** 100% discount and free shipping: grand total 0. */
    public static final String FREE = "100000206";

    private static final Customer JANE = new Customer(136L, "jane.doe@example.com", "Jane", "Doe");
    private static final LocalDateTime FIRST_ORDER_AT = LocalDateTime.of(2024, 5, 6, 9, 30, 0);
    private static final LocalDateTime CAPTURE_SHAPED_AT = LocalDateTime.of(2024, 5, 7, 9, 0, 0);

    private SeedOrders() {
    }

    /**
     * Places the seed orders; call inside {@link Shop#lockedDo}, after the seed catalog (without it, items get made-up
     * product ids).
     */
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
        seedCaptureShaped(shop);
    }

    private static void seedCaptureShaped(Shop shop) {
        CustomerAccount jane = SeedCustomers.JANE;
        PlacedAddress culverCity = PlacedAddress.of(SeedCustomers.JANE_CULVER_CITY);
        shop.createOrder(NewOrder.builder()
                .incrementId(TWO_CONFIGURABLES)
                .customer(jane.asOrderCustomer())
                .addresses(culverCity, culverCity)
                .shippingMethod(ShippingMethod.UPS_GROUND)
                .shippingAmount("12.31")
                .taxPercent("9.00")
                .createdAt(CAPTURE_SHAPED_AT)
                .configurableItem("wbk003", "Tori Tank", 2, "60.00", "wbk003xs")
                .configurableItem("wsd005", "Racer Back Maxi Dress", 1, "224.00", "wsd005xs")
                .build());
        PlacedAddress there = new PlacedAddress(null, "Bill", "Boquey",
                new PostalAddress(null, "Here", "There", "Oregon", 49L, "11111", "US", "000000000000"));
        shop.createOrder(NewOrder.builder()
                .incrementId(FREE_SHIPPING_GUEST)
                .customer(Customer.guest("bill@example.com", "Bill", "Boquey"))
                .addresses(there, there)
                .shippingMethod(ShippingMethod.FREE)
                .paymentMethod("cashondelivery")
                .taxPercent("8.25")
                .createdAt(CAPTURE_SHAPED_AT.plusHours(1))
                .item("ace001", "Jackie O Round Sunglasses", 1, "225.00")
                .build());
        shop.createOrder(NewOrder.builder()
                .incrementId(DISCOUNTED)
                .customer(SeedCustomers.TAY.asOrderCustomer())
                .addresses(PlacedAddress.of(SeedCustomers.TAY_BILLING), PlacedAddress.of(SeedCustomers.TAY_SHIPPING))
                .shippingAmount("10.00")
                .taxPercent("8.25")
                .createdAt(CAPTURE_SHAPED_AT.plusHours(2))
                .item(discounted("hdb005", "Titian Raw Silk Pillow", 2, "125.00", "10"))
                .item(discounted("hdb009", "Gramercy Throw", 1, "275.00", "10"))
                .build());
        PlacedAddress paris = PlacedAddress.of(SeedCustomers.DREW_PARIS);
        shop.createOrder(NewOrder.builder()
                .incrementId(EUROS)
                .customer(SeedCustomers.DREW.asOrderCustomer())
                .addresses(paris, paris)
                .currency(new OrderCurrency("EUR", new BigDecimal("1.0850")))
                .shippingAmount("5.00")
                .taxPercent("20.00")
                .createdAt(CAPTURE_SHAPED_AT.plusHours(3))
                .item("abl004", "Houston Travel Wallet", 1, "210.00")
                .build());
        NewOrder.Builder edited = NewOrder.builder()
                .incrementId(EDITED)
                .customer(jane.asOrderCustomer())
                .addresses(culverCity, culverCity)
                .shippingAmount("5.00")
                .taxPercent("8.25")
                .createdAt(CAPTURE_SHAPED_AT.plusHours(4))
                .item("ace000", "Aviator Sunglasses", 1, "295.00");
        shop.createOrder(edited.build());
        shop.createOrder(edited
                .editOf(EDITED)
                .incrementId(EDIT)
                .createdAt(CAPTURE_SHAPED_AT.plusHours(4).plusMinutes(30))
                .item("hdb005", "Titian Raw Silk Pillow", 1, "125.00")
                .build());
        shop.createOrder(NewOrder.builder()
                .incrementId(FREE)
                .customer(SeedCustomers.BENJAMIN.asOrderCustomer())
                .shippingMethod(ShippingMethod.FREE)
                .paymentMethod("free")
                .taxPercent("8.25")
                .createdAt(CAPTURE_SHAPED_AT.plusHours(5))
                .item(discounted("ace000", "Aviator Sunglasses", 1, "295.00", "100"))
                .build());
    }

    private static NewOrderItem discounted(String sku, String name, int qty, String price, String percent) {
        return new NewOrderItem(sku, name, BigDecimal.valueOf(qty), new BigDecimal(price), null,
                new BigDecimal(percent));
    }
}
