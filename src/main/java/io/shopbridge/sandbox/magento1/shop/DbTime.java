package io.shopbridge.sandbox.magento1.shop;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Magento keeps UTC timestamps in DATETIME columns and the API returns them as {@code YYYY-MM-DD HH:MM:SS}. */
public final class DbTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private DbTime() {
    }

    public static String format(LocalDateTime value) {
        return value == null ? null : value.format(FORMAT);
    }
}
