package io.shopbridge.magento.order;

import static io.shopbridge.connector.mapping.Converters.erpId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.mapping.Field;
import io.shopbridge.connector.mapping.ImportMapper;
import io.shopbridge.connector.mapping.MapContext;
import io.shopbridge.connector.mapping.Mapping;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.partner.Contacts;
import io.shopbridge.magento.partner.ErpContact;
import io.shopbridge.magento.partner.MagentoAddress;

/**
 * Magento order → ERP sale order, with the shop's own line amounts (the ERP does not recompute them, so its total is
 * the shop's grand total to the cent) and shipping as a line. Everything but the state is create-only: Magento never
 * changes a placed order's lines or prices (an edit is a new order).
 */
@Singleton
public class SaleOrderMapper implements ImportMapper<MagentoOrder, ErpSaleOrder> {

    /** Magento order state → ERP order state. */
    private static final Map<String, String> STATES = Map.of("new", "draft", "pending_payment", "draft",
            "payment_review", "draft", "processing", "sale", "holded", "sale", "complete", "done", "closed", "done",
            "canceled", "cancel");

    private static final Field<String> NAME = Field.named("name");
    private static final Field<Long> PARTNER = Field.named("partner_id");
    private static final Field<Instant> DATE = Field.named("date_order");
    private static final Field<String> STATE = Field.named("state");
    private static final Field<String> CURRENCY = Field.named("currency_code");
    private static final Field<String> CARRIER = Field.named("carrier");
    private static final Field<String> PAYMENT = Field.named("payment_method");
    private static final Field<Long> PARENT = Field.named("parent_order_id");
    private static final Field<Long> INVOICE_CONTACT = Field.named("partner_invoice_id");
    private static final Field<ErpContact> INVOICE_ADDRESS = Field.named("invoice_address");
    private static final Field<Long> DELIVERY_CONTACT = Field.named("partner_shipping_id");
    private static final Field<ErpContact> DELIVERY_ADDRESS = Field.named("delivery_address");
    private static final Field<List<ErpSaleOrder.Line>> LINES = Field.named("lines");
    private static final Field<ErpSaleOrder.Line> SHIPPING = Field.named("shipping");
    private static final Field<BigDecimal> SHOP_TOTAL = Field.named("grand_total");

    private static final Field<String> ITEM = Field.named("item");
    private static final Field<Long> PRODUCT = Field.named("product_id");
    private static final Field<String> LINE_NAME = Field.named("name");
    private static final Field<BigDecimal> QTY = Field.named("product_uom_qty");
    private static final Field<BigDecimal> PRICE = Field.named("price_unit");
    private static final Field<BigDecimal> DISCOUNT = Field.named("discount");
    private static final Field<BigDecimal> DISCOUNT_AMOUNT = Field.named("discount_amount");
    private static final Field<BigDecimal> SUBTOTAL = Field.named("price_subtotal");
    private static final Field<BigDecimal> TAX_PERCENT = Field.named("tax_percent");
    private static final Field<BigDecimal> TAX = Field.named("price_tax");

    private static final Mapping<MagentoOrder.Item, ErpSaleOrder.Line> LINE = Mapping
            .<MagentoOrder.Item, ErpSaleOrder.Line>into(v -> new ErpSaleOrder.Line(v.get(ITEM), v.get(PRODUCT),
                    v.get(LINE_NAME), v.get(QTY), v.get(PRICE), v.get(DISCOUNT), v.get(DISCOUNT_AMOUNT),
                    v.get(SUBTOTAL), v.get(TAX_PERCENT), v.get(TAX), false))
            .direct(ITEM, MagentoOrder.Item::itemId)
            .direct(PRODUCT, MagentoOrder.Item::productId, erpId(MagentoModels.PRODUCT))
            .direct(LINE_NAME, MagentoOrder.Item::name)
            .direct(QTY, MagentoOrder.Item::qty)
            .direct(PRICE, MagentoOrder.Item::price)
            .direct(DISCOUNT, MagentoOrder.Item::discountPercent)
            .direct(DISCOUNT_AMOUNT, MagentoOrder.Item::discountAmount)
            .direct(SUBTOTAL, item -> item.rowTotal().subtract(item.discountAmount()))
            .direct(TAX_PERCENT, MagentoOrder.Item::taxPercent)
            .direct(TAX, MagentoOrder.Item::taxAmount);

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.SALE_ORDER;
    }

    @Override
    public Mapping<MagentoOrder, ErpSaleOrder> mapping() {
        return Mapping.<MagentoOrder, ErpSaleOrder>into(v -> new ErpSaleOrder(v.get(NAME), v.get(PARTNER), v.get(DATE),
                v.get(STATE), v.get(CURRENCY), v.get(CARRIER), v.get(PAYMENT), v.get(PARENT), v.get(INVOICE_CONTACT),
                v.get(INVOICE_ADDRESS), v.get(DELIVERY_CONTACT), v.get(DELIVERY_ADDRESS), v.get(LINES),
                v.get(SHIPPING), v.get(SHOP_TOTAL)))
                .direct(NAME, MagentoOrder::incrementId)
                .direct(PARTNER, SaleOrderMapper::customerKey, erpId(MagentoModels.PARTNER))
                .direct(DATE, MagentoOrder::createdAt)
                .direct(STATE, SaleOrderMapper::state)
                .direct(CURRENCY, MagentoOrder::currency)
                .direct(CARRIER, MagentoOrder::shippingMethod)
                .direct(PAYMENT, MagentoOrder::paymentMethod)
                .direct(PARENT, MagentoOrder::editOf, erpId(MagentoModels.SALE_ORDER))
                .direct(INVOICE_CONTACT, order -> order.billing().customerAddressId(), erpId(MagentoModels.ADDRESS))
                .computed(INVOICE_ADDRESS, (context, order) -> contact(context, order.billing()))
                .direct(DELIVERY_CONTACT, order -> order.shipping() == null ? null
                        : order.shipping().customerAddressId(), erpId(MagentoModels.ADDRESS))
                .computed(DELIVERY_ADDRESS, (context, order) -> contact(context, order.shipping()))
                .children(LINES, MagentoOrder::items, LINE)
                .direct(SHIPPING, SaleOrderMapper::shippingLine)
                .direct(SHOP_TOTAL, MagentoOrder::grandTotal)
                .createOnly(NAME, PARTNER, DATE, CURRENCY, CARRIER, PAYMENT, PARENT, INVOICE_CONTACT, INVOICE_ADDRESS,
                        DELIVERY_CONTACT, DELIVERY_ADDRESS, LINES, SHIPPING, SHOP_TOTAL);
    }

    /** The external id of the order's partner: the customer's, or the guest partner made for the order. */
    static String customerKey(MagentoOrder order) {
        return order.isGuest() ? "guestorder:" + order.incrementId() : order.customerId();
    }

    private static String state(MagentoOrder order) {
        String state = STATES.get(order.state());
        if (state == null) {
            throw new PermanentJobError("Magento order " + order.incrementId() + " is in unknown state "
                    + order.state());
        }
        return state;
    }

    private static ErpContact contact(MapContext context, MagentoAddress address) {
        return address == null ? null : Contacts.FROM_ADDRESS.map(context, address);
    }

    /** Shipping as a line of the carrier's description, taxed as the shop taxed it; none for a virtual order. */
    private static ErpSaleOrder.Line shippingLine(MagentoOrder order) {
        if (order.shippingMethod() == null) {
            return null;
        }
        BigDecimal amount = order.shippingAmount();
        BigDecimal taxPercent = amount.signum() == 0 ? BigDecimal.ZERO
                : order.shippingTaxAmount().multiply(BigDecimal.valueOf(100)).divide(amount, 4, RoundingMode.HALF_UP);
        String name = order.shippingDescription() == null ? order.shippingMethod() : order.shippingDescription();
        return new ErpSaleOrder.Line(null, null, name, BigDecimal.ONE, amount, BigDecimal.ZERO,
                BigDecimal.ZERO, amount, taxPercent, order.shippingTaxAmount(), true);
    }
}
