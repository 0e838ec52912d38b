package io.shopbridge.sandbox.magento1;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.builder.RouteBuilder;

/**
 * HTTP wiring of the Magento 1 sandbox: the XML-RPC endpoint under both URLs a Magento 1 shop answers on, and the
 * control endpoints. Everything is POST only and starts only when {@code shopbridge.sandbox.enabled} is true.
 */
@ApplicationScoped
public class Magento1SandboxRoutes extends RouteBuilder {

    private static final String ENABLED = "{{shopbridge.sandbox.enabled}}";
    private static final String BASE = "/sandbox/magento1";

    @Override
    public void configure() {
        xmlRpcEndpoint("sandbox-magento1-xmlrpc", BASE + "/api/xmlrpc");
        xmlRpcEndpoint("sandbox-magento1-xmlrpc-index-php", BASE + "/index.php/api/xmlrpc");
        controlEndpoint("sandbox-magento1-control-reset", "reset", "reset");
        controlEndpoint("sandbox-magento1-control-expire-sessions", "expire-sessions", "expireSessions");
        controlEndpoint("sandbox-magento1-control-fail", "fail", "failNext");
        controlEndpoint("sandbox-magento1-control-lose-answer", "lose-answer", "loseNextAnswer");
        controlEndpoint("sandbox-magento1-control-orders", "orders", "createOrder");
    }

    private void xmlRpcEndpoint(String routeId, String path) {
        from("platform-http:" + path + "?httpMethodRestrict=POST")
                .routeId(routeId)
                .autoStartup(ENABLED)
                .bean("magento1Sandbox", "answer")
                .process("sandboxReplyWriter");
    }

    private void controlEndpoint(String routeId, String action, String method) {
        from("platform-http:" + BASE + "/control/" + action + "?httpMethodRestrict=POST")
                .routeId(routeId)
                .autoStartup(ENABLED)
                .bean("magento1SandboxControl", method)
                .process("sandboxReplyWriter");
    }
}
