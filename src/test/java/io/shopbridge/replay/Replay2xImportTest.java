package io.shopbridge.replay;

import static io.shopbridge.support.ImportRuns.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.JobRows;

/**
 * Every Magento 2 import capture imports through the 2.x shop's import job against the cassette served over HTTP, and
 * gives the ERP rows its recorded data implies: what each test expects is read from the capture's answers (a 20%
 * discount order's total is its {@code grand_total} to the cent), not written down.
 */
@QuarkusTest
class Replay2xImportTest {

    private static final String SHOP = Replay2xShop.SHOP;

    @Inject
    Replay2xShop shop;

    @Inject
    ImportRuns imports;

    @Inject
    JobRows jobs;

    static Stream<String> projectFixtures() {
        return CaptureFolder.M2.fixtures(ReplayImportTest::importsARecord);
    }

    static Stream<String> realCaptures() {
        return CaptureFolder.M2.captures(ReplayImportTest::importsARecord);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectFixtures")
    void aProjectFixtureImportsWithTheRowsItsDataImplies(String name) {
        importsWithTheRowsItsDataImplies(CaptureFolder.M2.fixture(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realCaptures")
    void aRealCaptureImportsWithTheRowsItsDataImplies(String name) {
        importsWithTheRowsItsDataImplies(CaptureFolder.M2.capture(name));
    }

    private void importsWithTheRowsItsDataImplies(Path capture) {
        RestCassette cassette = RestCassette.load(capture);
        String uuid = shop.importRecordOf(capture);

        assertEquals(List.of(), shop.unmatched(), "requests no capture holds");
        assertEquals("done", jobs.state(uuid), () -> cassette.name() + ": " + jobs.column(uuid, "error"));
        Replay2xShop.CapturedRecord record = Replay2xShop.recordOf(cassette);
        JsonNode recorded = cassette.first().answer();
        switch (record.model()) {
            case MagentoModels.SALE_ORDER -> assertOrder(recorded);
            case MagentoModels.PARTNER -> assertPartner(recorded);
            case MagentoModels.PRODUCT -> assertProduct(recorded);
            case MagentoModels.PRODUCT_CATEGORY -> assertCategory(recorded);
            case MagentoModels.PARTNER_CATEGORY -> assertPartnerCategory(recorded);
            default -> throw new IllegalArgumentException(cassette.name() + " imports nothing we know");
        }
    }

    private void assertOrder(JsonNode recorded) {
        String entityId = recorded.path("entity_id").asText();
        String incrementId = recorded.path("increment_id").asText();
        Map<String, Object> order = erpRow("sale_order", MagentoModels.SALE_ORDER, entityId);
        assertEquals(incrementId, order.get("name"));
        assertAmount(recorded.path("grand_total").asText(), cents(order.get("amount_total")), "total = grand_total");
        assertAmount(recorded.path("tax_amount").asText(), order.get("amount_tax"), "tax");
        // Magento's order discount is negative, the ERP's a positive amount off
        assertAmount(recorded.path("discount_amount").decimalValue().abs().toPlainString(),
                order.get("amount_discount"), "discount");
        assertEquals(recorded.path("order_currency_code").asText(), order.get("currency_code"));
        JsonNode shipping = recorded.path("extension_attributes").path("shipping_assignments").path(0)
                .path("shipping");
        assertEquals(shipping.path("method").asText(), order.get("carrier"));
        assertEquals(recorded.path("payment").path("method").asText(), order.get("payment_method"));
        String customer = recorded.path("customer_is_guest").asInt() == 1 ? "guestorder:" + incrementId
                : recorded.path("customer_id").asText();
        assertEquals(imports.erpId(SHOP, MagentoModels.PARTNER, customer), order.get("partner_id"));

        List<JsonNode> items = new ArrayList<>();
        recorded.path("items").forEach(items::add);
        List<JsonNode> ordered = items.stream().filter(item -> item.path("parent_item_id").isMissingNode()
                || item.path("parent_item_id").isNull()).toList();
        List<Map<String, Object>> lines = imports.rows(
                "SELECT * FROM sale_order_line WHERE order_id = ? ORDER BY sequence, id", order.get("id"));
        assertEquals(ordered.size() + 1, lines.size(), "one line per ordered item, and the shipping line");
        for (int i = 0; i < ordered.size(); i++) {
            JsonNode item = ordered.get(i);
            Map<String, Object> line = lines.get(i);
            String name = item.path("name").asText();
            assertEquals(name, line.get("name"));
            assertEquals(imports.erpId(SHOP, MagentoModels.SALE_ORDER_LINE, item.path("item_id").asText()),
                    line.get("id"));
            // a configurable line is of the simple product chosen, its child item's
            String product = items.stream().filter(child -> Objects.equals(item.path("item_id").asText(),
                    child.path("parent_item_id").asText(null))).map(child -> child.path("product_id").asText())
                    .findFirst().orElse(item.path("product_id").asText());
            assertEquals(imports.erpId(SHOP, MagentoModels.PRODUCT, product), line.get("product_id"),
                    name + " product");
            BigDecimal qty = item.path("qty_ordered").decimalValue();
            BigDecimal price = item.path("price").decimalValue();
            BigDecimal discount = item.path("discount_amount").decimalValue();
            assertAmount(qty.toPlainString(), line.get("product_uom_qty"), name + " qty");
            assertAmount(price.toPlainString(), line.get("price_unit"), name + " price");
            assertAmount(discount.toPlainString(), line.get("discount_amount"), name + " discount");
            assertAmount(price.multiply(qty).subtract(discount).toPlainString(), line.get("price_subtotal"),
                    name + " subtotal");
            assertAmount(item.path("tax_amount").asText(), line.get("price_tax"), name + " tax");
        }
        Map<String, Object> shippingLine = lines.get(ordered.size());
        assertEquals(true, shippingLine.get("is_delivery"));
        assertAmount(recorded.path("shipping_amount").asText(), shippingLine.get("price_unit"), "shipping");
    }

    private void assertPartner(JsonNode customer) {
        Map<String, Object> partner = erpRow("res_partner", MagentoModels.PARTNER, customer.path("id").asText());
        String defaultBilling = customer.path("default_billing").asText();
        List<JsonNode> addresses = new ArrayList<>();
        customer.path("addresses").forEach(addresses::add);
        String company = addresses.stream()
                .filter(address -> address.path("default_billing").asBoolean()
                        || address.path("id").asText().equals(defaultBilling))
                .map(address -> address.path("company").asText("")).filter(name -> !name.isBlank()).findFirst()
                .orElse(null);
        assertEquals(company != null ? company
                : (customer.path("firstname").asText() + " " + customer.path("lastname").asText()).trim(),
                partner.get("name"));
        assertEquals(company != null, partner.get("is_company"));
        assertEquals(customer.path("email").asText(), partner.get("email"));
        assertEquals(imports.erpId(SHOP, MagentoModels.PARTNER_CATEGORY, customer.path("group_id").asText()),
                partner.get("category_id"));
        // the book's contacts: an order adds contacts of its own addresses
        assertEquals(addresses.size(), imports.rows("SELECT p.id FROM res_partner p JOIN magento_address b "
                + "ON b.erp_id = p.id AND b.backend_id = ? WHERE p.parent_id = ?", SHOP, partner.get("id")).size(),
                () -> "one contact per address: " + imports.rows("SELECT * FROM res_partner WHERE parent_id = ?",
                        partner.get("id")));
        for (JsonNode address : addresses) {
            Map<String, Object> contact = erpRow("res_partner", MagentoModels.ADDRESS, address.path("id").asText());
            assertEquals(partner.get("id"), contact.get("parent_id"));
            List<String> street = new ArrayList<>();
            address.path("street").forEach(lineOf -> street.add(lineOf.asText()));
            assertEquals(String.join("\n", street), contact.get("street"));
            assertEquals(address.path("city").asText(), contact.get("city"));
            assertEquals(address.path("postcode").asText(), contact.get("zip"));
            assertEquals(address.path("country_id").asText(), contact.get("country_code"));
        }
    }

    private void assertProduct(JsonNode recorded) {
        Map<String, Object> product = erpRow("product_product", MagentoModels.PRODUCT, recorded.path("id").asText());
        assertEquals(recorded.path("sku").asText(), product.get("default_code"));
        assertEquals(recorded.path("name").asText(), product.get("name"));
        assertAmount(recorded.path("price").asText(), product.get("list_price"), "price");
        assertEquals(List.of("virtual", "downloadable").contains(recorded.path("type_id").asText()) ? "service"
                : "product", product.get("type"));
        JsonNode firstCategory = recorded.path("extension_attributes").path("category_links").path(0);
        if (!firstCategory.isMissingNode()) {
            assertEquals(imports.erpId(SHOP, MagentoModels.PRODUCT_CATEGORY,
                    firstCategory.path("category_id").asText()), product.get("categ_id"), "its first category");
        }
    }

    private void assertCategory(JsonNode recorded) {
        Map<String, Object> category = erpRow("product_category", MagentoModels.PRODUCT_CATEGORY,
                recorded.path("id").asText());
        assertEquals(recorded.path("name").asText(), category.get("name"));
        String parent = recorded.path("parent_id").asText();
        assertEquals(parent.equals("0") ? null : imports.erpId(SHOP, MagentoModels.PRODUCT_CATEGORY, parent),
                category.get("parent_id"));
    }

    private void assertPartnerCategory(JsonNode recorded) {
        Map<String, Object> category = erpRow("res_partner_category", MagentoModels.PARTNER_CATEGORY,
                recorded.path("id").asText());
        assertEquals(recorded.path("code").asText(), category.get("name"));
    }

    private Map<String, Object> erpRow(String table, String model, String externalId) {
        Long id = imports.erpId(SHOP, model, externalId);
        Objects.requireNonNull(id, () -> model + " " + externalId + " is not bound");
        return imports.row(table, id);
    }

    private static BigDecimal cents(Object amount) {
        return ((BigDecimal) amount).setScale(2, RoundingMode.UNNECESSARY);
    }
}
