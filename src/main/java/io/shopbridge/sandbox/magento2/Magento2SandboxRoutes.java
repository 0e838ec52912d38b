package io.shopbridge.sandbox.magento2;

import io.quarkus.arc.profile.UnlessBuildProfile;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.shopbridge.sandbox.magento2.rest.RestError;
import io.shopbridge.sandbox.magento2.rest.RestReply;

/**
 * HTTP wiring of the Magento 2 sandbox: its REST API under {@code /sandbox/magento2/rest/} (with or without a store
 * code), and its control endpoints. The routes start only when {@code shopbridge.sandbox.enabled} is true (off in
 * prod, as the 1.7 sandbox), and call the sandbox through typed processors, so nothing here needs reflection.
 */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class Magento2SandboxRoutes extends RouteBuilder {

    private static final String ENABLED = "{{shopbridge.sandbox.enabled}}";
    static final String BASE = "/sandbox/magento2";

    @Inject
    Magento2Sandbox sandbox;

    @Inject
    Magento2SandboxControl control;

    @Inject
    ObjectMapper json;

    @Override
    public void configure() {
        from("platform-http:" + BASE + "/rest?matchOnUriPrefix=true")
                .routeId("sandbox-magento2-rest")
                .autoStartup(ENABLED)
                .process(exchange -> {
                    RestReply reply;
                    try {
                        reply = sandbox.answer(Magento2HttpRequests.read(exchange.getMessage(), json));
                    } catch (RestError error) {
                        reply = RestReply.json(error.status(), json.writeValueAsBytes(
                                java.util.Map.of("message", error.getMessage())));
                    }
                    write(exchange, reply);
                });
        controlEndpoint("sandbox-magento2-control-reset", "reset", control::reset);
        controlEndpoint("sandbox-magento2-control-expire-tokens", "expire-tokens", control::expireTokens);
        controlEndpoint("sandbox-magento2-control-fail", "fail", control::failNext);
        controlEndpoint("sandbox-magento2-control-slow", "slow", control::slowNext);
        controlEndpoint("sandbox-magento2-control-lose-answer", "lose-answer", control::loseNextAnswer);
        controlEndpoint("sandbox-magento2-control-orders", "orders", control::createOrder);
    }

    private void controlEndpoint(String routeId, String action, Function<Message, RestReply> handler) {
        from("platform-http:" + BASE + "/control/" + action + "?httpMethodRestrict=POST")
                .routeId(routeId)
                .autoStartup(ENABLED)
                .process(exchange -> write(exchange, handler.apply(exchange.getMessage())));
    }

    private static void write(Exchange exchange, RestReply reply) {
        Message message = exchange.getMessage();
        // platform-http would echo the request's headers, the bearer token among them
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, reply.status());
        message.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=utf-8");
        if (reply.retryAfter() != null) {
            message.setHeader("Retry-After", reply.retryAfter());
        }
        message.setBody(reply.body());
    }
}
