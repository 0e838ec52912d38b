package io.shopbridge.sandbox.magento2;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.Message;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.profile.UnlessBuildProfile;
import io.shopbridge.sandbox.ControlRequests;
import io.shopbridge.sandbox.magento2.rest.RestReply;
import io.shopbridge.sandbox.magento2.sales.NewOrder;
import io.shopbridge.sandbox.magento2.sales.OrderResource;

/**
 * The Magento 2 sandbox's control endpoints (reset, token expiry, failures, new orders), under
 * {@code /sandbox/magento2/control/}. Each changes state, so each requires the {@code X-Sandbox-Token} header to
 * equal {@code shopbridge.sandbox.control-token}, as the 1.7 sandbox's do.
 */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class Magento2SandboxControl {

    static final String TOKEN_HEADER = "X-Sandbox-Token";

    private final Magento2Sandbox sandbox;
    private final OrderResource orders;
    private final ObjectMapper json;
    private final byte[] token;

    @Inject
    public Magento2SandboxControl(Magento2Sandbox sandbox, OrderResource orders, ObjectMapper json,
            @ConfigProperty(name = "shopbridge.sandbox.control-token") String token) {
        this.sandbox = sandbox;
        this.orders = orders;
        this.json = json;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    public RestReply reset(Message request) {
        return authorized(request, () -> {
            sandbox.reset();
            return reply(200, Map.of("reset", true));
        });
    }

    /** Every admin token expires; with {@code integration=true} the integration token too, until a reset. */
    public RestReply expireTokens(Message request) {
        return authorized(request, () -> {
            boolean integration = Boolean.parseBoolean(request.getHeader("integration", "false", String.class));
            sandbox.expireTokens(integration);
            return reply(200, Map.of("tokens_expired", true, "integration", integration));
        });
    }

    /** Query parameters {@code times} (1), {@code status} (503) and {@code retryAfter} (seconds, none). */
    public RestReply failNext(Message request) {
        return authorized(request, () -> {
            int times = ControlRequests.intParameter(request, "times", 1);
            int status = ControlRequests.intParameter(request, "status", 503);
            String retryAfter = request.getHeader("retryAfter", String.class);
            sandbox.failNext(times, status, retryAfter);
            Map<String, Object> body = new LinkedHashMap<>(Map.of("times", times, "status", status));
            if (retryAfter != null) {
                body.put("retryAfter", retryAfter);
            }
            return reply(200, body);
        });
    }

    /** Query parameters {@code times} (1) and {@code millis}: answers held back that long, after the work. */
    public RestReply slowNext(Message request) {
        return authorized(request, () -> {
            int times = ControlRequests.intParameter(request, "times", 1);
            int millis = ControlRequests.intParameter(request, "millis", 0);
            sandbox.slowNext(times, millis);
            return reply(200, Map.of("times", times, "millis", millis));
        });
    }

    /** Query parameters {@code method}, {@code path} (a regex below V1/, e.g. order/\d+/invoice), {@code status}. */
    public RestReply loseNextAnswer(Message request) {
        return authorized(request, () -> {
            String method = request.getHeader("method", String.class);
            String path = request.getHeader("path", String.class);
            int status = ControlRequests.intParameter(request, "status", 504);
            sandbox.loseNextAnswer(method, path, status);
            return reply(200, Map.of("method", method, "path", path, "status", status));
        });
    }

    /**
     * Body {@code {"state": "processing", "customer_id": 1 (absent for a guest), "email", "firstname", "lastname",
     * "items": [{"sku", "name", "qty", "price"}]}}; answers 201 with the order's entity id, increment id, item ids.
     */
    public RestReply createOrder(Message request) {
        return authorized(request, () -> {
            ObjectNode order = orders.place(newOrder(ControlRequests.json(request, json)));
            List<Long> itemIds = new ArrayList<>();
            order.path("items").forEach(item -> itemIds.add(item.path("item_id").asLong()));
            Map<String, Object> created = new LinkedHashMap<>();
            created.put("entity_id", order.path("entity_id").asLong());
            created.put("increment_id", order.path("increment_id").asText());
            created.put("item_ids", itemIds);
            return reply(201, created);
        });
    }

    private static NewOrder newOrder(JsonNode body) {
        List<NewOrder.Line> lines = new ArrayList<>();
        for (JsonNode item : body.path("items")) {
            lines.add(new NewOrder.Line(required(item, "sku"), item.path("name").asText(required(item, "sku")),
                    new BigDecimal(item.path("qty").asText("1")), new BigDecimal(item.path("price").asText("0"))));
        }
        JsonNode customer = body.path("customer_id");
        return new NewOrder(body.path("state").asText("processing"),
                customer.isNumber() ? customer.asLong() : null, body.path("email").asText("guest@example.com"),
                body.path("firstname").asText("Guest"), body.path("lastname").asText("Buyer"), lines);
    }

    private static String required(JsonNode node, String field) {
        if (!node.path(field).isValueNode() || node.path(field).asText().isBlank()) {
            throw new IllegalArgumentException("Need " + field);
        }
        return node.path(field).asText();
    }

    private RestReply authorized(Message request, Supplier<RestReply> action) {
        String given = request.getHeader(TOKEN_HEADER, String.class);
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token)) {
            return reply(401, Map.of("message", "Missing or wrong " + TOKEN_HEADER + " header"));
        }
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            return reply(400, Map.of("message", String.valueOf(e.getMessage())));
        }
    }

    private RestReply reply(int status, Map<String, Object> body) {
        try {
            return RestReply.json(status, json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON map", e);
        }
    }
}
