package io.shopbridge.sandbox.magento1;

import static io.shopbridge.sandbox.magento1.SandboxCalls.faultCode;
import static io.shopbridge.sandbox.magento1.SandboxCalls.faultString;
import static io.shopbridge.sandbox.magento1.SandboxCalls.post;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.call;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.endSession;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.methodCall;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.string;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.SeedOrders;

/** login hands out md5-like session ids; sessions slide with use and die after an idle hour (fault 5). */
@QuarkusTest
class SandboxLoginAndSessionTest {

    @Inject
    Magento1Sandbox sandbox;

    @ConfigProperty(name = "shopbridge.sandbox.magento1.api-user")
    String apiUser;

    @ConfigProperty(name = "shopbridge.sandbox.magento1.api-key")
    String apiKey;

    @BeforeEach
    void freshSandbox() {
        sandbox.reset();
    }

    @Test
    void loginAnswersA32HexSessionIdOnEveryEndpointUrl() {
        for (String url : new String[] {"/sandbox/magento1/index.php/api/xmlrpc", "/sandbox/magento1/api/xmlrpc",
                "/sandbox/magento1/index.php/api/xmlrpc/", "/sandbox/magento1/api/xmlrpc/"}) {
            String response = post(url, XmlRpcBodies.login(apiUser, apiKey));
            assertThat(url, SandboxCalls.stringResult(response), matchesPattern("[0-9a-f]{32}"));
        }
    }

    @Test
    void aWrongKeyIsAccessDenied() {
        String response = post(XmlRpcBodies.login(apiUser, "not-the-key"));
        assertEquals(2, faultCode(response));
        assertEquals("Access denied.", faultString(response));
    }

    @Test
    void aMissingKeyIsARequiredParameterFault() {
        String response = post(methodCall("login", string(apiUser)));
        assertEquals(6, faultCode(response));
        assertEquals("Required parameter is missing, for more details see \"exception.log\".", faultString(response));
    }

    @Test
    void eachUseRenewsTheSessionUntilItIdlesLongerThanTheTimeout() {
        String session = SandboxCalls.login(apiUser, apiKey);
        String info = call(session, "sales_order.info", string(SeedOrders.INVOICEABLE));

        sandbox.advanceClock(Duration.ofMinutes(40));
        assertThat(post(info), not(containsString("<fault>")));
        sandbox.advanceClock(Duration.ofMinutes(40));
        assertThat("80 minutes after login, 40 after the last call", post(info), not(containsString("<fault>")));

        sandbox.advanceClock(Duration.ofMinutes(61));
        String expired = post(info);
        assertEquals(5, faultCode(expired));
        assertEquals("Session expired. Try to relogin.", faultString(expired));
    }

    @Test
    void expiringAllSessionsForcesARelogin() {
        String session = SandboxCalls.login(apiUser, apiKey);
        sandbox.expireAllSessions();

        assertEquals(5, faultCode(post(call(session, "sales_order.info", string(SeedOrders.INVOICEABLE)))));
        String newSession = SandboxCalls.login(apiUser, apiKey);
        assertThat(post(call(newSession, "sales_order.info", string(SeedOrders.INVOICEABLE))),
                not(containsString("<fault>")));
    }

    @Test
    void endSessionAnswersTrueAndEndsTheSession() {
        String session = SandboxCalls.login(apiUser, apiKey);

        assertThat(post(endSession(session)), containsString("<boolean>1</boolean>"));
        assertEquals(5, faultCode(post(call(session, "sales_order.info", string(SeedOrders.INVOICEABLE)))));
        assertThat("unknown ids end fine too", post(endSession(session)), containsString("<boolean>1</boolean>"));
    }
}
