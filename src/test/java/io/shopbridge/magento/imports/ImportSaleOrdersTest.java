package io.shopbridge.magento.imports;

import static io.shopbridge.support.ImportRuns.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.ShopVersion;

/**
 * Orders come in with the shop's amounts: lines with price, discount and tax, shipping as a line, the currency,
 * payment method, carrier and addresses; the ERP total is Magento's grand total to the cent. On every Magento version,
 * whose sandboxes hold the same orders.
 */
@QuarkusTest
class ImportSaleOrdersTest {

    @Inject
    ImportRuns imports;

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void aDiscountedOrderHasItsLinesDiscountsTaxesAndShippingLine(ShopVersion shop) {
        imports.freshShop(shop);
        Map<String, Object> order = order(shop, "100000203");

        assertEquals("100000203", order.get("name"));
        assertEquals(imports.erpId(shop, MagentoModels.PARTNER, "65"), order.get("partner_id"));
        assertEquals(imports.erpId(shop, MagentoModels.ADDRESS, "35"), order.get("partner_invoice_id"));
        assertEquals(imports.erpId(shop, MagentoModels.ADDRESS, "97"), order.get("partner_shipping_id"));
        assertEquals("draft", order.get("state"));
        assertEquals("USD", order.get("currency_code"));
        assertEquals("flatrate_flatrate", order.get("carrier"));
        assertEquals("checkmo", order.get("payment_method"));
        assertAmount("482.50", order.get("amount_untaxed"), "untaxed");
        assertAmount("38.98", order.get("amount_tax"), "tax");
        assertAmount("52.50", order.get("amount_discount"), "discount");
        assertAmount("521.48", order.get("amount_total"), "total = grand_total");

        List<Map<String, Object>> lines = lines(order);
        assertEquals(3, lines.size());
        assertLine(lines.get(0), "Titian Raw Silk Pillow", "2", "125.00", "10", "25.00", "225.00", "8.25", "18.56");
        assertEquals(imports.erpId(shop, MagentoModels.PRODUCT, "381"), lines.get(0).get("product_id"));
        assertEquals(lines.get(0).get("id"), imports.erpId(shop, MagentoModels.SALE_ORDER_LINE, "548"));
        assertLine(lines.get(1), "Gramercy Throw", "1", "275.00", "10", "27.50", "247.50", "8.25", "20.42");
        assertEquals(lines.get(1).get("id"), imports.erpId(shop, MagentoModels.SALE_ORDER_LINE, "549"));
        assertLine(lines.get(2), "Flat Rate - Fixed", "1", "10.00", "0", "0", "10.00", "0", "0");
        assertEquals(true, lines.get(2).get("is_delivery"));
        assertNull(lines.get(2).get("product_id"));
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void anOrderInEurosIsInEurosWithItsTax(ShopVersion shop) {
        imports.freshShop(shop);
        Map<String, Object> order = order(shop, "100000204");

        assertEquals("EUR", order.get("currency_code"));
        assertEquals(imports.erpId(shop, MagentoModels.PARTNER, "104"), order.get("partner_id"));
        assertEquals(imports.erpId(shop, MagentoModels.ADDRESS, "73"), order.get("partner_invoice_id"));
        assertEquals(order.get("partner_invoice_id"), order.get("partner_shipping_id"));
        assertAmount("215.00", order.get("amount_untaxed"), "untaxed");
        assertAmount("42.00", order.get("amount_tax"), "tax");
        assertAmount("257.00", order.get("amount_total"), "total = grand_total");
        assertLine(lines(order).get(0), "Houston Travel Wallet", "1", "210.00", "0", "0", "210.00", "20", "42.00");
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void aGuestOrderHasAPartnerOfItsOwnWithTheOrdersAddress(ShopVersion shop) {
        imports.freshShop(shop);
        Map<String, Object> order = order(shop, "145000008");

        Long guest = imports.erpId(shop, MagentoModels.PARTNER, "guestorder:145000008");
        assertEquals(guest, order.get("partner_id"));
        Map<String, Object> partner = imports.row("res_partner", guest);
        assertEquals("Bill Boquey", partner.get("name"));
        assertEquals("bill@example.com", partner.get("email"));
        Map<String, Object> invoiceContact = imports.row("res_partner", (Long) order.get("partner_invoice_id"));
        assertEquals(guest, invoiceContact.get("parent_id"));
        assertEquals("invoice", invoiceContact.get("type"));
        assertEquals("Here", invoiceContact.get("street"));
        assertEquals("There", invoiceContact.get("city"));
        assertEquals("Oregon", invoiceContact.get("state_name"));
        assertEquals(order.get("partner_invoice_id"), order.get("partner_shipping_id"), "the same place: one contact");
        assertEquals("cashondelivery", order.get("payment_method"));
        assertEquals("freeshipping_freeshipping", order.get("carrier"));
        assertAmount("243.56", order.get("amount_total"), "total = grand_total");
        List<Map<String, Object>> lines = lines(order);
        assertLine(lines.get(0), "Jackie O Round Sunglasses", "1", "225.00", "0", "0", "225.00", "8.25", "18.56");
        assertLine(lines.get(1), "Free Shipping - Free", "1", "0", "0", "0", "0", "0", "0");
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void aConfigurableLineIsOneLineOfTheSimpleProductChosen(ShopVersion shop) {
        imports.freshShop(shop);
        Map<String, Object> order = order(shop, "100000201");

        assertAmount("387.27", order.get("amount_total"), "total = grand_total");
        assertEquals(imports.erpId(shop, MagentoModels.ADDRESS, "92"), order.get("partner_invoice_id"));
        List<Map<String, Object>> lines = lines(order);
        assertEquals(3, lines.size());
        assertLine(lines.get(0), "Tori Tank", "2", "60.00", "0", "0", "120.00", "9", "10.80");
        assertEquals(imports.erpId(shop, MagentoModels.PRODUCT, "512"), lines.get(0).get("product_id"));
        assertEquals(lines.get(0).get("id"), imports.erpId(shop, MagentoModels.SALE_ORDER_LINE, "543"));
        assertLine(lines.get(1), "Racer Back Maxi Dress", "1", "224.00", "0", "0", "224.00", "9", "20.16");
        assertEquals(imports.erpId(shop, MagentoModels.PRODUCT, "302"), lines.get(1).get("product_id"));
        assertLine(lines.get(2), "United Parcel Service - Ground", "1", "12.31", "0", "0", "12.31", "0", "0");
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void aFullyDiscountedOrderIsImportedAtZero(ShopVersion shop) {
        imports.freshShop(shop);
        Map<String, Object> order = order(shop, "100000206");

        assertAmount("0", order.get("amount_total"), "total = grand_total");
        assertAmount("295.00", order.get("amount_discount"), "discount");
        assertEquals("free", order.get("payment_method"));
        assertLine(lines(order).get(0), "Aviator Sunglasses", "1", "295.00", "100", "295.00", "0", "8.25", "0");
    }

    /** Imports a seed order, named by its increment id, and reads the ERP order. */
    private Map<String, Object> order(ShopVersion shop, String incrementId) {
        imports.imported(shop, MagentoModels.SALE_ORDER, shop.order(incrementId));
        return imports.row("sale_order", imports.erpId(shop, MagentoModels.SALE_ORDER, shop.order(incrementId)));
    }

    private List<Map<String, Object>> lines(Map<String, Object> order) {
        return imports.rows("SELECT * FROM sale_order_line WHERE order_id = ? ORDER BY sequence", order.get("id"));
    }

    private static void assertLine(Map<String, Object> line, String name, String qty, String price, String discount,
            String discountAmount, String subtotal, String taxPercent, String tax) {
        assertEquals(name, line.get("name"));
        assertAmount(qty, line.get("product_uom_qty"), name + " qty");
        assertAmount(price, line.get("price_unit"), name + " price");
        assertAmount(discount, line.get("discount"), name + " discount %");
        assertAmount(discountAmount, line.get("discount_amount"), name + " discount");
        assertAmount(subtotal, line.get("price_subtotal"), name + " subtotal");
        assertAmount(taxPercent, line.get("tax_percent"), name + " tax %");
        assertAmount(tax, line.get("price_tax"), name + " tax");
    }
}
