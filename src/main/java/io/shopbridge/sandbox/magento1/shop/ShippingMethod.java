package io.shopbridge.sandbox.magento1.shop;

/** A carrier's rate chosen at checkout: {@code shipping_method} and {@code shipping_description}. */
public record ShippingMethod(String code, String description) {

    public static final ShippingMethod FLAT_RATE = new ShippingMethod("flatrate_flatrate", "Flat Rate - Fixed");
    public static final ShippingMethod FREE = new ShippingMethod("freeshipping_freeshipping", "Free Shipping - Free");
    public static final ShippingMethod UPS_GROUND = new ShippingMethod("ups_GND", "United Parcel Service - Ground");
}
