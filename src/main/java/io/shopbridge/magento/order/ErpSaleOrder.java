package io.shopbridge.magento.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import io.shopbridge.magento.partner.ErpContact;

/**
 * A sale order as an import writes it. Its invoice and delivery contacts are the bound ones of the customer's address
 * book when the order's addresses came from it ({@code invoiceContactId}, {@code deliveryContactId}), else made from the
 * order's addresses. The amounts are the sums of the lines', shipping included.
 */
public record ErpSaleOrder(String name, Long partnerId, Instant dateOrder, String state, String currency,
        String carrier, String paymentMethod, Long parentOrderId, Long invoiceContactId, ErpContact invoiceAddress,
        Long deliveryContactId, ErpContact deliveryAddress, List<Line> lines, Line shipping, BigDecimal shopTotal) {

    /**
     * A line: quantity and unit price, the discount (percent, and its amount), the subtotal after the discount and the
     * tax on it; a shipping line ({@code delivery}) has no item nor product.
     */
    public record Line(String itemId, Long productId, String name, BigDecimal qty, BigDecimal priceUnit,
            BigDecimal discount, BigDecimal discountAmount, BigDecimal subtotal, BigDecimal taxPercent, BigDecimal tax,
            boolean delivery) {
    }

    public List<Line> allLines() {
        return shipping == null ? lines : Stream.concat(lines.stream(), Stream.of(shipping)).toList();
    }

    public BigDecimal amountUntaxed() {
        return sum(Line::subtotal);
    }

    public BigDecimal amountTax() {
        return sum(Line::tax);
    }

    public BigDecimal amountDiscount() {
        return sum(Line::discountAmount);
    }

    public BigDecimal amountTotal() {
        return amountUntaxed().add(amountTax());
    }

    private BigDecimal sum(Function<Line, BigDecimal> amount) {
        return allLines().stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
