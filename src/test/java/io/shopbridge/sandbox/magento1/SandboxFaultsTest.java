package io.shopbridge.sandbox.magento1;

import static io.shopbridge.sandbox.magento1.SandboxCalls.faultCode;
import static io.shopbridge.sandbox.magento1.SandboxCalls.faultString;
import static io.shopbridge.sandbox.magento1.SandboxCalls.post;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.call;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.methodCall;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.string;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.SeedOrders;

/** Protocol-level faults of the Zend server and Magento's dispatcher, all answered with HTTP 200. */
@QuarkusTest
class SandboxFaultsTest {

    @Inject
    FreshSandbox fresh;

    String session;

    @BeforeEach
    void freshSandboxAndSession() {
        session = fresh.session();
    }

    @Test
    void callArgumentsAsAStructDoNotMatchTheSignature() {
        String response = post(methodCall("call", string(session), string("sales_order.info"),
                struct("orderIncrementId", string(SeedOrders.INVOICEABLE))));

        assertEquals(623, faultCode(response));
        assertEquals("Calling parameters do not match signature", faultString(response));
    }

    @Test
    void callArgumentsAsAScalarDoNotMatchTheSignature() {
        String response = post(methodCall("call", string(session), string("sales_order.info"),
                string(SeedOrders.INVOICEABLE)));

        assertEquals(623, faultCode(response));
    }

    @Test
    void unknownResourcesAndMethodsAreAnInvalidApiPath() {
        for (String apiPath : new String[] {"sales_order.nope", "no_such_resource.info", "sales_order", ".info"}) {
            String response = post(call(session, apiPath, string(SeedOrders.INVOICEABLE)));
            assertEquals(3, faultCode(response), apiPath);
            assertEquals("Invalid api path.", faultString(response), apiPath);
        }
    }

    @Test
    void anUnknownTopLevelMethodIs620() {
        String response = post(methodCall("catalog.export", string(session)));

        assertEquals(620, faultCode(response));
        assertEquals("Method \"catalog.export\" does not exist", faultString(response));
    }

    @Test
    void aBodyThatIsNotXmlRpcIs631() {
        for (String body : new String[] {"not xml at all", "", "<methodCall><methodName>login</methodName>"}) {
            String response = post(body);
            assertEquals(631, faultCode(response), body);
            assertEquals("Failed to parse request", faultString(response), body);
        }
    }

    @Test
    void aCallWithAnUnknownSessionIs5() {
        String response = post(call("0123456789abcdef0123456789abcdef", "sales_order.info",
                string(SeedOrders.INVOICEABLE)));

        assertEquals(5, faultCode(response));
        assertEquals("Session expired. Try to relogin.", faultString(response));
    }

    @Test
    void theSessionIsCheckedBeforeTheApiPath() {
        String response = post(call("not-a-session", "no_such_resource.info"));

        assertEquals(5, faultCode(response));
    }
}
