package io.shopbridge.sandbox.magento1.shop;

import java.util.Arrays;

/**
 * The product types of a stock 1.7 CE, with what their attributes' {@code apply_to} lists and the inventory's
 * {@code is_qty} flag say about them.
 */
public enum ProductType {
    SIMPLE("simple", true, true, true),
    VIRTUAL("virtual", true, false, true),
    CONFIGURABLE("configurable", false, false, true),
    GROUPED("grouped", false, false, false),
    /** Priced and weighed through its selections ({@code price_type}, {@code weight_type} dynamic). */
    BUNDLE("bundle", false, true, true);

    private final String code;
    private final boolean hasQty;
    private final boolean hasWeight;
    private final boolean hasPrice;

    ProductType(String code, boolean hasQty, boolean hasWeight, boolean hasPrice) {
        this.code = code;
        this.hasQty = hasQty;
        this.hasWeight = hasWeight;
        this.hasPrice = hasPrice;
    }

    public String code() {
        return code;
    }

    /** Whether stock items of this type keep a quantity; other types' qty is saved as 0. */
    boolean hasQty() {
        return hasQty;
    }

    boolean hasWeight() {
        return hasWeight;
    }

    boolean hasPrice() {
        return hasPrice;
    }

    public static ProductType fromCode(String code) {
        return Arrays.stream(values())
                .filter(type -> type.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown product type: " + code));
    }
}
