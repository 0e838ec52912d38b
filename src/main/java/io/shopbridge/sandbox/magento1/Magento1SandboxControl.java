package io.shopbridge.sandbox.magento1;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.profile.UnlessBuildProfile;
import io.shopbridge.sandbox.ControlRequests;
import jakarta.inject.Inject;
import org.apache.camel.Message;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sandbox's control endpoints (reset, session expiry, fault injection, new orders). Each one changes state, so
 * each requires the {@code X-Sandbox-Token} header to equal {@code shopbridge.sandbox.control-token}.
 */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class Magento1SandboxControl {

    static final String TOKEN_HEADER = "X-Sandbox-Token";

    private final Magento1Sandbox sandbox;
    private final ObjectMapper json;
    private final byte[] token;

    @Inject
    public Magento1SandboxControl(Magento1Sandbox sandbox, ObjectMapper json,
            @ConfigProperty(name = "shopbridge.sandbox.control-token") String token) {
        this.sandbox = sandbox;
        this.json = json;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    public SandboxReply reset(Message request) {
        return authorized(request, () -> {
            sandbox.reset();
            return ok(Map.of("reset", true));
        });
    }

    public SandboxReply expireSessions(Message request) {
        return authorized(request, () -> {
            sandbox.expireAllSessions();
            return ok(Map.of("sessions_expired", true));
        });
    }

    /** Query parameters {@code times} (default 1) and {@code status} (default 503). */
    public SandboxReply failNext(Message request) {
        return authorized(request, () -> {
            int times = ControlRequests.intParameter(request, "times", 1);
            int status = ControlRequests.intParameter(request, "status", 503);
            sandbox.failNext(times, status);
            return ok(Map.of("times", times, "status", status));
        });
    }

    /** Query parameters {@code method} (an API method, e.g. sales_order_invoice.create) and {@code status} (504). */
    public SandboxReply loseNextAnswer(Message request) {
        return authorized(request, () -> {
            String method = request.getHeader("method", String.class);
            int status = ControlRequests.intParameter(request, "status", 504);
            sandbox.loseNextAnswer(method, status);
            return ok(Map.of("method", method, "status", status));
        });
    }

    /** Body: see {@link NewOrderJson}. Answers 201 with the new order's increment id, entity id and item ids. */
    public SandboxReply createOrder(Message request) {
        return authorized(request, () -> {
            String incrementId = sandbox.createOrder(NewOrderJson.parse(ControlRequests.json(request, json)));
            Map<String, Object> info = sandbox.orderInfo(incrementId).orElseThrow();
            Map<String, Object> created = new LinkedHashMap<>();
            created.put("increment_id", incrementId);
            created.put("order_id", info.get("order_id"));
            created.put("item_ids", ((List<?>) info.get("items")).stream()
                    .map(item -> ((Map<?, ?>) item).get("item_id"))
                    .toList());
            return reply(201, created);
        });
    }

    private SandboxReply authorized(Message request, Supplier<SandboxReply> action) {
        String given = request.getHeader(TOKEN_HEADER, String.class);
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token)) {
            return SandboxReply.text(401, "Missing or wrong " + TOKEN_HEADER + " header\n");
        }
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            return SandboxReply.text(400, e.getMessage() + "\n");
        }
    }

    private SandboxReply ok(Map<String, Object> body) {
        return reply(200, body);
    }

    private SandboxReply reply(int status, Map<String, Object> body) {
        try {
            return SandboxReply.json(status, json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON map", e);
        }
    }
}
