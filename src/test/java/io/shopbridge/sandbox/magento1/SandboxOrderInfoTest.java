package io.shopbridge.sandbox.magento1;

import static io.shopbridge.sandbox.magento1.SandboxCalls.faultCode;
import static io.shopbridge.sandbox.magento1.SandboxCalls.faultString;
import static io.shopbridge.sandbox.magento1.SandboxCalls.post;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.call;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.string;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.SeedOrders;

/** {@code sales_order.info} answers a whole order the way a 1.x shop does: DB strings, nils, nested rows. */
@QuarkusTest
class SandboxOrderInfoTest {

    @Inject
    FreshSandbox fresh;

    String session;

    @BeforeEach
    void freshSandboxAndSession() {
        session = fresh.session();
    }

    @Test
    void everyValueIsADatabaseStringOrNil() {
        String response = post(call(session, "sales_order.info", string(SeedOrders.INVOICEABLE)));

        assertThat(response, containsString(member("increment_id", "<string>100000001</string>")));
        assertThat(response, containsString(member("order_id", "<string>101</string>")));
        assertThat(response, containsString(member("grand_total", "<string>697.8100</string>")));
        assertThat(response, containsString(member("total_invoiced", "<nil/>")));
        assertThat(response, containsString(member("created_at", "<string>2024-05-06 09:30:00</string>")));
        assertThat(response, containsString(member("additional_information", "<array><data/></array>")));
        assertThat(response, containsString(member("address_type", "<string>billing</string>")));
        assertThat(response, containsString(member("status", "<string>pending</string>")));
    }

    @Test
    void aConfigurableLineIsAParentRowAndAChildRow() {
        String response = post(call(session, "order.info", string(SeedOrders.CONFIGURABLE)));

        assertThat(response, containsString(member("item_id", "<string>503</string>")
                + "<member><name>order_id</name><value><string>102</string></value></member>"
                + member("parent_item_id", "<nil/>")));
        assertThat(response, containsString(member("item_id", "<string>504</string>")
                + "<member><name>order_id</name><value><string>102</string></value></member>"
                + member("parent_item_id", "<string>503</string>")));
        assertThat(response, containsString(member("product_type", "<string>configurable</string>")));
    }

    @Test
    void theIncrementIdMayComeAsAnInt() {
        String response = post(call(session, "sales_order.info", "<value><int>100000005</int></value>"));

        assertThat(response, containsString(member("customer_is_guest", "<string>1</string>")));
        assertThat(response, containsString(member("customer_id", "<nil/>")));
    }

    @Test
    void aMissingOrderIs100() {
        String response = post(call(session, "sales_order.info", string("100009999")));

        assertEquals(100, faultCode(response));
        assertEquals("Requested order not exists.", faultString(response));
    }

    static String member(String name, String value) {
        return "<member><name>" + name + "</name><value>" + value + "</value></member>";
    }
}
