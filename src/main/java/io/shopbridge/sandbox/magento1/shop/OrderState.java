package io.shopbridge.sandbox.magento1.shop;

import java.util.Arrays;

/** Magento 1 order states (the {@code state} column) with the status each one gets by default. */
public enum OrderState {
    NEW("new", "pending"),
    PENDING_PAYMENT("pending_payment", "pending_payment"),
    PROCESSING("processing", "processing"),
    COMPLETE("complete", "complete"),
    CLOSED("closed", "closed"),
    CANCELED("canceled", "canceled"),
    HOLDED("holded", "holded"),
    PAYMENT_REVIEW("payment_review", "payment_review");

    private final String code;
    private final String defaultStatus;

    OrderState(String code, String defaultStatus) {
        this.code = code;
        this.defaultStatus = defaultStatus;
    }

    public String code() {
        return code;
    }

    public String defaultStatus() {
        return defaultStatus;
    }

    public static OrderState fromCode(String code) {
        return Arrays.stream(values())
                .filter(state -> state.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown order state: " + code));
    }
}
