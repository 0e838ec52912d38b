package io.shopbridge.sandbox.magento1;

import static io.shopbridge.sandbox.magento1.SandboxCalls.faultCode;
import static io.shopbridge.sandbox.magento1.SandboxCalls.faultString;
import static io.shopbridge.sandbox.magento1.SandboxCalls.post;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.call;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.string;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code catalog_category.tree / info} and {@code catalog_product.list / info} on the seed catalog, shaped like
 * test_import_product_category_with_gap.yaml and test_import_product*.yaml (core calls, not the {@code ol_} ones).
 */
@QuarkusTest
class SandboxCatalogReadTest {

    private static final String INT_ID = "<value><int>%d</int></value>";

    @Inject
    FreshSandbox fresh;

    String session;

    @BeforeEach
    void freshSandboxAndSession() {
        session = fresh.session();
    }

    @Test
    void categoryInfoPlacesACategoryInItsTree() {
        Map<String, Object> women = XmlRpcAnswers.struct(post(call(session, "catalog_category.info",
                INT_ID.formatted(26))));

        assertEquals(List.of("category_id", "is_active", "position", "level", "parent_id", "increment_id"),
                List.copyOf(women.keySet()).subList(0, 6));
        assertEquals(8, women.get("parent_id"), "an int, unlike every other field");
        assertEquals("3", women.get("level"));
        assertEquals("1/2/8/26", women.get("path"));
        assertEquals("sale/women.html", women.get("url_path"));
        assertEquals("", women.get("children"));
        Map<String, Object> sale = XmlRpcAnswers.struct(post(call(session, "category.info", string("8"))));
        assertEquals("26,29", sale.get("children"));
        assertEquals("8,26,29", sale.get("all_children"));
        assertEquals("2", sale.get("children_count"));
        Map<String, Object> root = XmlRpcAnswers.struct(post(call(session, "catalog_category.info", string("1"))));
        assertEquals(0, root.get("parent_id"));
        assertEquals(null, root.get("is_active"));
    }

    @Test
    void theTreeNestsChildrenByPositionUnderARootNamedRoot() {
        Map<String, Object> tree = XmlRpcAnswers.struct(post(call(session, "catalog_category.tree")));

        assertEquals("Root", tree.get("name"));
        Map<?, ?> store = (Map<?, ?>) ((List<?>) tree.get("children")).get(0);
        assertEquals("Default Category", store.get("name"));
        assertEquals(List.of("4", "5", "6", "7", "8"), ((List<?>) store.get("children")).stream()
                .map(child -> ((Map<?, ?>) child).get("category_id")).toList());
        Map<String, Object> sale = XmlRpcAnswers.struct(post(call(session, "catalog_category.tree", string("8"))));
        assertEquals("2", sale.get("parent_id"));
        assertEquals(2, ((List<?>) sale.get("children")).size());
    }

    @Test
    void productInfoHasTheAttributesOfItsType() {
        Map<String, Object> simple = XmlRpcAnswers.struct(post(call(session, "catalog_product.info",
                INT_ID.formatted(337))));
        assertEquals(List.of("product_id", "sku", "set", "type", "categories", "websites", "type_id"),
                List.copyOf(simple.keySet()).subList(0, 7));
        assertEquals("ace000", simple.get("sku"));
        assertEquals("295.0000", simple.get("price"));
        assertEquals("1.0000", simple.get("weight"));
        assertEquals(List.of("18"), simple.get("categories"));

        Map<String, Object> grouped = XmlRpcAnswers.struct(post(call(session, "product.info", string("acj007"))));
        assertEquals("grouped", grouped.get("type"));
        assertFalse(grouped.containsKey("price"));
        Map<String, Object> configurable = XmlRpcAnswers.struct(post(call(session, "catalog_product.info",
                string("408"))));
        assertFalse(configurable.containsKey("weight"));
        Map<String, Object> bundle = XmlRpcAnswers.struct(post(call(session, "catalog_product.info", string("447"))));
        assertEquals(null, bundle.get("price"));
        assertEquals("0", bundle.get("price_type"));
        Map<String, Object> virtual = XmlRpcAnswers.struct(post(call(session, "catalog_product.info",
                string("hbm010"), "<value><nil/></value>", "<value><nil/></value>", string("sku"))));
        assertEquals("virtual", virtual.get("type"));
    }

    @Test
    void productListFiltersByTypeAndRefusesUnknownAttributesAsUnknownError() {
        List<Map<String, Object>> configurables = XmlRpcAnswers.structs(post(call(session, "catalog_product.list",
                struct("type", string("configurable")))));
        assertEquals(List.of("mtk000c", "wbk003", "wsd005"), configurables.stream().map(row -> row.get("sku"))
                .toList());
        assertEquals(List.of("1"), configurables.get(0).get("website_ids"));

        String badFilter = post(call(session, "catalog_product.list", struct("shoe_size", string("9"))));
        assertEquals(0, faultCode(badFilter));
        assertEquals("Unknown Error", faultString(badFilter));
    }

    @Test
    void unknownCategoriesProductsAndStoresAreFaults() {
        assertEquals(102, faultCode(post(call(session, "catalog_category.info", string("3")))));
        assertEquals("Category not exists.", faultString(post(call(session, "catalog_category.info", string("3")))));
        assertEquals(101, faultCode(post(call(session, "catalog_product.info", string("nope")))));
        assertEquals(100, faultCode(post(call(session, "catalog_product.info", string("337"), string("mars")))));
        assertEquals(1, faultCode(post(call(session, "catalog_category.tree", string("3")))));
    }
}
