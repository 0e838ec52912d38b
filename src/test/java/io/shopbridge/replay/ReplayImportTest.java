package io.shopbridge.replay;

import static io.shopbridge.support.ImportRuns.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.JobRows;

/**
 * Every import capture imports through the shop's import job against the cassette served over HTTP, and gives the ERP
 * rows its recorded data implies: what each test expects is read from the capture's answers, not written down.
 */
@QuarkusTest
class ReplayImportTest {

    private static final List<String> REFUSED_TYPES = List.of("bundle", "configurable", "grouped");

    @Inject
    ReplayShop shop;

    @Inject
    ImportRuns imports;

    @Inject
    JobRows jobs;

    static Stream<String> projectFixtures() {
        return ReplayCassettes.fixtures(ReplayImportTest::importsARecord);
    }

    static Stream<String> realCaptures() {
        return ReplayCassettes.captures(ReplayImportTest::importsARecord);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectFixtures")
    void aProjectFixtureImportsWithTheRowsItsDataImplies(String name) {
        importsWithTheRowsItsDataImplies(ReplayCassettes.fixture(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realCaptures")
    void aRealCaptureImportsWithTheRowsItsDataImplies(String name) {
        importsWithTheRowsItsDataImplies(ReplayCassettes.capture(name));
    }

    /** The refused product types have a test of their own ({@link ReplayRefusedProductTest}). */
    static boolean importsARecord(String name) {
        return (name.startsWith("import_") || name.startsWith("test_import_"))
                && REFUSED_TYPES.stream().noneMatch(type -> name.endsWith("_" + type));
    }

    private void importsWithTheRowsItsDataImplies(Cassette cassette) {
        String uuid = shop.importRecordOf(cassette);

        assertEquals(List.of(), shop.unmatched(), "calls the cassette does not hold");
        assertEquals("done", jobs.state(uuid), () -> cassette.name() + ": " + jobs.column(uuid, "error"));
        RecordedCallKey record = cassette.firstCall();
        String id = (String) record.args().get(0);
        switch (record.method()) {
            case "sales_order.info" -> assertOrder(cassette, answer(cassette, record));
            case "customer.info" -> assertPartner(cassette, id);
            case "catalog_product.info" -> assertProduct(answer(cassette, record));
            case "catalog_category.info" -> assertCategory(answer(cassette, record));
            case "customer_groups.info" -> assertPartnerCategory(answer(cassette, record));
            default -> throw new IllegalArgumentException(cassette.name() + " imports nothing we know");
        }
    }

    private void assertOrder(Cassette cassette, Map<String, Object> recorded) {
        String incrementId = text(recorded, "increment_id");
        Map<String, Object> order = erpRow("sale_order", MagentoModels.SALE_ORDER, incrementId);
        assertEquals(incrementId, order.get("name"));
        assertAmount(text(recorded, "grand_total"), cents(order.get("amount_total")), "total = grand_total");
        assertAmount(text(recorded, "tax_amount"), order.get("amount_tax"), "tax");
        // Magento's order discount is negative, the ERP's a positive amount off
        assertAmount(new BigDecimal(text(recorded, "discount_amount")).abs().toPlainString(),
                order.get("amount_discount"), "discount");
        assertEquals(text(recorded, "order_currency_code"), order.get("currency_code"));
        assertEquals(text(recorded, "shipping_method"), order.get("carrier"));
        assertEquals(text(map(recorded, "payment"), "method"), order.get("payment_method"));
        String customer = "1".equals(text(recorded, "customer_is_guest")) ? "guestorder:" + incrementId
                : text(recorded, "customer_id");
        assertEquals(imports.erpId(ReplayShop.SHOP, MagentoModels.PARTNER, customer), order.get("partner_id"));

        List<Map<String, Object>> items = list(recorded, "items");
        List<Map<String, Object>> ordered = items.stream().filter(item -> item.get("parent_item_id") == null).toList();
        List<Map<String, Object>> lines = imports.rows(
                "SELECT * FROM sale_order_line WHERE order_id = ? ORDER BY sequence, id", order.get("id"));
        assertEquals(ordered.size() + 1, lines.size(), "one line per ordered item, and the shipping line");
        for (int i = 0; i < ordered.size(); i++) {
            Map<String, Object> item = ordered.get(i);
            Map<String, Object> line = lines.get(i);
            String name = text(item, "name");
            assertEquals(name, line.get("name"));
            assertEquals(imports.erpId(ReplayShop.SHOP, MagentoModels.SALE_ORDER_LINE, text(item, "item_id")),
                    line.get("id"));
            // a configurable line is of the simple product chosen, its child item's
            String product = items.stream().filter(child -> Objects.equals(item.get("item_id"),
                    child.get("parent_item_id"))).map(child -> text(child, "product_id")).findFirst()
                    .orElse(text(item, "product_id"));
            assertEquals(imports.erpId(ReplayShop.SHOP, MagentoModels.PRODUCT, product), line.get("product_id"),
                    name + " product");
            assertAmount(text(item, "qty_ordered"), line.get("product_uom_qty"), name + " qty");
            assertAmount(text(item, "price"), line.get("price_unit"), name + " price");
            assertAmount(text(item, "discount_amount"), line.get("discount_amount"), name + " discount");
            assertAmount(text(item, "tax_amount"), line.get("price_tax"), name + " tax");
        }
        Map<String, Object> shipping = lines.get(ordered.size());
        assertEquals(true, shipping.get("is_delivery"));
        assertAmount(text(recorded, "shipping_amount"), shipping.get("price_unit"), "shipping");
    }

    @SuppressWarnings("unchecked")
    private void assertPartner(Cassette cassette, String customerId) {
        Map<String, Object> customer = (Map<String, Object>) cassette.answer("customer.info", customerId);
        List<Map<String, Object>> addresses = (List<Map<String, Object>>) cassette.answer("customer_address.list",
                customerId);
        Map<String, Object> partner = erpRow("res_partner", MagentoModels.PARTNER, customerId);
        String company = addresses.stream().filter(address -> flag(address, "is_default_billing"))
                .map(address -> text(address, "company")).filter(name -> name != null && !name.isBlank())
                .findFirst().orElse(null);
        assertEquals(company != null ? company
                : (text(customer, "firstname") + " " + text(customer, "lastname")).trim(), partner.get("name"));
        assertEquals(company != null, partner.get("is_company"));
        assertEquals(text(customer, "email"), partner.get("email"));
        assertEquals(imports.erpId(ReplayShop.SHOP, MagentoModels.PARTNER_CATEGORY, text(customer, "group_id")),
                partner.get("category_id"));
        assertEquals(addresses.size(), imports.rows("SELECT id FROM res_partner WHERE parent_id = ?",
                partner.get("id")).size(), "one contact per address");
        for (Map<String, Object> address : addresses) {
            Map<String, Object> contact = erpRow("res_partner", MagentoModels.ADDRESS,
                    text(address, "customer_address_id"));
            assertEquals(partner.get("id"), contact.get("parent_id"));
            assertEquals(text(address, "street"), contact.get("street"));
            assertEquals(text(address, "city"), contact.get("city"));
            assertEquals(text(address, "postcode"), contact.get("zip"));
            assertEquals(text(address, "country_id"), contact.get("country_code"));
        }
    }

    private void assertProduct(Map<String, Object> recorded) {
        Map<String, Object> product = erpRow("product_product", MagentoModels.PRODUCT, text(recorded, "product_id"));
        assertEquals(text(recorded, "sku"), product.get("default_code"));
        assertEquals(text(recorded, "name"), product.get("name"));
        assertAmount(text(recorded, "price"), product.get("list_price"), "price");
        assertEquals(List.of("virtual", "downloadable").contains(text(recorded, "type")) ? "service" : "product",
                product.get("type"));
        List<String> categories = ReplayImportTest.<String> list(recorded, "categories");
        if (!categories.isEmpty()) {
            assertEquals(imports.erpId(ReplayShop.SHOP, MagentoModels.PRODUCT_CATEGORY, categories.get(0)),
                    product.get("categ_id"), "its first category");
        }
    }

    private void assertCategory(Map<String, Object> recorded) {
        Map<String, Object> category = erpRow("product_category", MagentoModels.PRODUCT_CATEGORY,
                text(recorded, "category_id"));
        assertEquals(text(recorded, "name"), category.get("name"));
        String parent = text(recorded, "parent_id");
        assertEquals(parent == null || parent.equals("0") ? null
                : imports.erpId(ReplayShop.SHOP, MagentoModels.PRODUCT_CATEGORY, parent), category.get("parent_id"));
    }

    private void assertPartnerCategory(Map<String, Object> recorded) {
        Map<String, Object> category = erpRow("res_partner_category", MagentoModels.PARTNER_CATEGORY,
                text(recorded, "customer_group_id"));
        assertEquals(text(recorded, "customer_group_code"), category.get("name"));
    }

    private Map<String, Object> erpRow(String table, String model, String externalId) {
        Long id = imports.erpId(ReplayShop.SHOP, model, externalId);
        Objects.requireNonNull(id, () -> model + " " + externalId + " is not bound");
        return imports.row(table, id);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answer(Cassette cassette, RecordedCallKey call) {
        return (Map<String, Object>) cassette.answer(call.method(), call.args().toArray());
    }

    private static BigDecimal cents(Object amount) {
        return ((BigDecimal) amount).setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** A value as text: Magento answers most as strings, a few (a category's parent id) as ints. */
    private static String text(Map<String, Object> row, String key) {
        return row.get(key) == null ? null : String.valueOf(row.get(key));
    }

    /** A flag of an address book entry: the shop answers a boolean there, and "1" / "0" elsewhere. */
    private static boolean flag(Map<String, Object> row, String key) {
        return Boolean.TRUE.equals(row.get(key)) || "1".equals(row.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> row, String key) {
        return (Map<String, Object>) row.get(key);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<String, Object> row, String key) {
        return row.get(key) == null ? List.of() : (List<T>) row.get(key);
    }
}
