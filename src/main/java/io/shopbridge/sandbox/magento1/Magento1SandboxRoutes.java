package io.shopbridge.sandbox.magento1;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.profile.UnlessBuildProfile;
import jakarta.inject.Inject;

import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * HTTP wiring of the Magento 1 sandbox: the XML-RPC endpoint under both URLs a Magento 1 shop answers on, and the
 * control endpoints. Everything is POST only and starts only when {@code shopbridge.sandbox.enabled} is true. The
 * routes call the sandbox through typed processors, not by bean and method name, so that nothing here needs
 * reflection in a native image.
 */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class Magento1SandboxRoutes extends RouteBuilder {

    private static final String ENABLED = "{{shopbridge.sandbox.enabled}}";
    private static final String BASE = "/sandbox/magento1";

    @Inject
    Magento1Sandbox sandbox;

    @Inject
    Magento1SandboxControl control;

    @Inject
    SandboxReplyWriter replyWriter;

    @Override
    public void configure() {
        xmlRpcEndpoint("sandbox-magento1-xmlrpc", BASE + "/api/xmlrpc");
        xmlRpcEndpoint("sandbox-magento1-xmlrpc-index-php", BASE + "/index.php/api/xmlrpc");
        controlEndpoint("sandbox-magento1-control-reset", "reset", control::reset);
        controlEndpoint("sandbox-magento1-control-expire-sessions", "expire-sessions", control::expireSessions);
        controlEndpoint("sandbox-magento1-control-fail", "fail", control::failNext);
        controlEndpoint("sandbox-magento1-control-lose-answer", "lose-answer", control::loseNextAnswer);
        controlEndpoint("sandbox-magento1-control-orders", "orders", control::createOrder);
    }

    private void xmlRpcEndpoint(String routeId, String path) {
        from("platform-http:" + path + "?httpMethodRestrict=POST")
                .routeId(routeId)
                .autoStartup(ENABLED)
                .process(exchange -> {
                    Message message = exchange.getMessage();
                    message.setBody(sandbox.answer(message.getBody(byte[].class)));
                })
                .process(replyWriter);
    }

    private void controlEndpoint(String routeId, String action, Function<Message, SandboxReply> handler) {
        from("platform-http:" + BASE + "/control/" + action + "?httpMethodRestrict=POST")
                .routeId(routeId)
                .autoStartup(ENABLED)
                .process(exchange -> exchange.getMessage().setBody(handler.apply(exchange.getMessage())))
                .process(replyWriter);
    }
}
