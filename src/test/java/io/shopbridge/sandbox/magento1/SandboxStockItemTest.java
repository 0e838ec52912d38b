package io.shopbridge.sandbox.magento1;

import static io.shopbridge.sandbox.magento1.SandboxCalls.faultCode;
import static io.shopbridge.sandbox.magento1.SandboxCalls.faultString;
import static io.shopbridge.sandbox.magento1.SandboxCalls.post;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.array;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.call;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.dbl;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.string;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code cataloginventory_stock_item.list / update} as test_product_export_qty*.yaml call them (product 879 by id,
 * {@code {"qty": 30.0, "is_in_stock": 1}}): the item is saved with the product, whose {@code updated_at} moves.
 */
@QuarkusTest
class SandboxStockItemTest {

    private static final String ONE = "<value><int>1</int></value>";

    @Inject
    Magento1Sandbox sandbox;

    @Inject
    FreshSandbox fresh;

    String session;

    @BeforeEach
    void freshSandboxAndSession() {
        session = fresh.session();
    }

    @Test
    void updateSetsQtyAndStockFlag() {
        String updatedBefore = (String) productInfo("382").get("updated_at");
        sandbox.advanceClock(Duration.ofMinutes(1));

        assertEquals(Boolean.TRUE, XmlRpcAnswers.result(post(call(session, "cataloginventory_stock_item.update",
                "<value><int>382</int></value>", struct("is_in_stock", ONE, "qty", dbl("30.0"))))));

        assertEquals(List.of(Map.of("product_id", "382", "sku", "hdb006", "qty", "30.0000", "is_in_stock", "1")),
                XmlRpcAnswers.result(post(call(session, "cataloginventory_stock_item.list", array(string("382"))))));
        assertNotEquals(updatedBefore, productInfo("382").get("updated_at"));
    }

    @Test
    void aQtyOfZeroWithoutBackordersIsOutOfStockWhateverWasAsked() {
        post(call(session, "product_stock.update", string("ace000"), struct("qty", dbl("0"), "is_in_stock", ONE)));
        assertEquals("0", list("ace000").get(0).get("is_in_stock"));

        post(call(session, "product_stock.update", string("ace000"), struct("qty", dbl("0"), "is_in_stock", ONE,
                "use_config_backorders", "<value><int>0</int></value>", "backorders", "<value><int>2</int></value>")));
        assertEquals("1", list("ace000").get(0).get("is_in_stock"), "backorders allowed");
    }

    @Test
    void listTakesSkusAndIdsAndSkipsUnknownOnes() {
        List<Map<String, Object>> listed = XmlRpcAnswers.structs(post(call(session,
                "cataloginventory_stock_item.list", array(string("ACE000"), string("408"), string("nope")))));

        assertEquals(List.of("337", "408"), listed.stream().map(row -> row.get("product_id")).toList());
        assertEquals("ace000", listed.get(0).get("sku"), "the sku matches case-insensitively, as in MySQL");
        assertEquals("101.0000", listed.get(0).get("qty"), "100 plus the one of the order its edit canceled");
        assertEquals("0.0000", listed.get(1).get("qty"), "a configurable keeps no qty");
    }

    @Test
    void anUnknownProductIsFault101() {
        String missing = post(call(session, "cataloginventory_stock_item.update", string("nope"),
                struct("qty", dbl("1"))));
        assertEquals(101, faultCode(missing));
        assertEquals("Product not exists.", faultString(missing));
    }

    private Map<String, Object> productInfo(String id) {
        return XmlRpcAnswers.struct(post(call(session, "catalog_product.info", string(id))));
    }

    private List<Map<String, Object>> list(String sku) {
        return XmlRpcAnswers.structs(post(call(session, "product_stock.list", array(string(sku)))));
    }
}
