package io.shopbridge.sandbox.magento2.sales;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order to place in the Magento 2 sandbox: its state, its customer (null id for a guest) and lines.
 *
 * @param state {@code new}, {@code processing}, {@code holded}, {@code canceled} or {@code complete}
 */
public record NewOrder(String state, Long customerId, String email, String firstname, String lastname,
        List<Line> lines) {

    public record Line(String sku, String name, BigDecimal qty, BigDecimal price) {
    }

    public NewOrder {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An order needs a line");
        }
    }
}
