package io.shopbridge.sandbox.magento1;

import static io.shopbridge.sandbox.magento1.SandboxCalls.faultCode;
import static io.shopbridge.sandbox.magento1.SandboxCalls.post;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.array;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.dbl;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.methodCall;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.string;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.struct;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.SeedOrders;

/** multiCall answers one result per call, in order; a failing call is an inline struct, not a fault. */
@QuarkusTest
class SandboxMultiCallTest {

    private static final String INLINE_ORDER_NOT_FOUND = "<struct><member><name>isFault</name><value><boolean>1"
            + "</boolean></value></member><member><name>faultCode</name><value><string>100</string></value></member>"
            + "<member><name>faultMessage</name><value><string>Requested order not exists.</string></value></member>"
            + "</struct>";

    @Inject
    FreshSandbox fresh;

    String session;

    @BeforeEach
    void freshSandboxAndSession() {
        session = fresh.session();
    }

    @Test
    void resultsComeInOrderWithInlineFaultsCarryingAStringCode() {
        String response = post(methodCall("multiCall", string(session), array(
                array(string("sales_order.info"), array(string(SeedOrders.INVOICEABLE))),
                array(string("order.info"), array(string("nope"))),
                array(string("no_such.info")))));

        assertThat(response, containsString("<name>increment_id</name><value><string>100000001</string>"));
        assertThat(response, containsString(INLINE_ORDER_NOT_FOUND));
        assertThat(response, containsString("<member><name>faultCode</name><value><string>3</string></value>"));
    }

    @Test
    void anExceptionInsideOneCallLosesItsMessage() {
        String response = post(methodCall("multiCall", string(session), array(
                array(string("sales_order_invoice.create"),
                        array(string(SeedOrders.INVOICEABLE), struct("501", dbl("9"), "502", dbl("1")))))));

        assertThat(response, containsString("<member><name>faultCode</name><value><string>1</string></value>"
                + "</member><member><name>faultMessage</name><value><string>Internal Error. Please see log for"
                + " details.</string>"));
    }

    @Test
    void aDeadSessionIsARealFault() {
        String response = post(methodCall("multiCall", string("0123456789abcdef0123456789abcdef"),
                array(array(string("sales_order.info"), array(string(SeedOrders.INVOICEABLE))))));

        assertEquals(5, faultCode(response));
    }
}
