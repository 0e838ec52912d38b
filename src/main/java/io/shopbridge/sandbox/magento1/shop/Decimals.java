package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts and quantities the way Magento stores them: decimal(12,4) columns, prices rounded to cents. */
public final class Decimals {

    private Decimals() {
    }

    /** The column text MySQL returns, e.g. {@code "2.0000"}; null stays null. */
    public static String db(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    /** Store rounding ({@code Mage_Core_Model_Store::roundPrice}). */
    public static BigDecimal price(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code percent}% of {@code amount}, rounded to cents. */
    static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return price(amount.multiply(percent).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP));
    }

    /** Adds to a nullable column: Magento's totals are NULL until first written. */
    static BigDecimal plus(BigDecimal column, BigDecimal amount) {
        return column == null ? amount : column.add(amount);
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
