package io.shopbridge.sandbox.magento2;

import io.quarkus.arc.profile.UnlessBuildProfile;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.shopbridge.sandbox.magento2.rest.Magento2Resource;
import io.shopbridge.sandbox.magento2.rest.RestError;
import io.shopbridge.sandbox.magento2.rest.RestReply;
import io.shopbridge.sandbox.magento2.rest.RestRequest;
import io.shopbridge.sandbox.magento2.rest.RestRouter;

/**
 * A Magento 2 shop in memory, answering its REST API: the token flow, the routes of every {@link Magento2Resource}
 * bean, Magento's error bodies and statuses, and the failures the control endpoints inject. Calls run one at a time
 * (Magento serializes the invoice and shipment of one order; one lock for the shop is simpler and enough here).
 */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class Magento2Sandbox {

    @Inject
    ObjectMapper json;

    @Inject
    Instance<Magento2Resource> resources;

    @ConfigProperty(name = "shopbridge.sandbox.magento2.admin-user")
    String adminUser;

    @ConfigProperty(name = "shopbridge.sandbox.magento2.admin-password")
    String adminPassword;

    @ConfigProperty(name = "shopbridge.sandbox.magento2.integration-token")
    String integrationToken;

    @ConfigProperty(name = "shopbridge.sandbox.magento2.admin-token-lifetime")
    Duration adminTokenLifetime;

    private final Clock clock = Clock.systemUTC();
    private final RestRouter router = new RestRouter();
    private final Magento2Faults faults = new Magento2Faults();
    private final Object lock = new Object();
    private Magento2Tokens tokens;
    private ShopData shop;

    @PostConstruct
    void start() {
        tokens = new Magento2Tokens(adminUser, adminPassword, integrationToken, adminTokenLifetime, clock);
        resources.forEach(resource -> resource.register(router));
        reset();
    }

    /** Answers one REST call. */
    public RestReply answer(RestRequest request) {
        Optional<Magento2Faults.Failure> failure = faults.takeFailure();
        if (failure.isPresent()) {
            return new RestReply(failure.get().status(), message("Injected failure", Map.of()),
                    failure.get().retryAfter());
        }
        RestReply reply;
        try {
            reply = RestReply.json(200, write(serve(request)));
        } catch (RestError error) {
            reply = RestReply.json(error.status(), message(error.getMessage(), error.parameters()));
        }
        Optional<Integer> lost = faults.takeLostAnswer(request.method(), request.path());
        if (lost.isPresent()) {
            reply = new RestReply(lost.get(), message("Injected lost answer", Map.of()), null);
        }
        holdBack(faults.takeDelay());
        return reply;
    }

    private Object serve(RestRequest request) {
        if (request.method().equals("POST") && request.path().equals("integration/admin/token")) {
            return tokens.issueAdminToken(request.body().path("username").asText(null),
                    request.body().path("password").asText(null));
        }
        tokens.requireValid(request.bearer());
        RestRouter.Match match = router.match(request)
                .orElseThrow(() -> new RestError(404, "Request does not match any route.", null));
        synchronized (lock) {
            return match.handler().handle(shop, request, match.pathParameters());
        }
    }

    /** Reads or changes the shop's records under its lock (tests, control endpoints, resources' helpers). */
    public <T> T withShop(Function<ShopData, T> work) {
        synchronized (lock) {
            return work.apply(shop);
        }
    }

    /** Back to the seed: records, tokens and injected failures. */
    public void reset() {
        synchronized (lock) {
            ShopData fresh = new ShopData(json, clock);
            resources.forEach(resource -> resource.seed(fresh));
            shop = fresh;
        }
        tokens.reset();
        faults.clear();
    }

    /** Expires every admin token (and, with {@code integrationToo}, refuses the integration token until a reset). */
    public void expireTokens(boolean integrationToo) {
        tokens.expireAll(integrationToo);
    }

    /** How many admin tokens were handed out since start. */
    public long adminTokensIssued() {
        return tokens.adminTokensIssued();
    }

    /** The next {@code times} calls answer {@code status}, with {@code Retry-After: retryAfter} unless null. */
    public void failNext(int times, int status, String retryAfter) {
        faults.failNext(times, status, retryAfter);
    }

    /** The next {@code times} calls are answered {@code millis} late, after the shop did the work. */
    public void slowNext(int times, long millis) {
        faults.slowNext(times, millis);
    }

    /** The next call of {@code method} on a path matching {@code pathRegex} is done, and answered {@code status}. */
    public void loseNextAnswer(String method, String pathRegex, int status) {
        faults.loseNextAnswer(method, pathRegex, status);
    }

    private byte[] message(String message, Map<String, Object> parameters) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        if (!parameters.isEmpty()) {
            body.put("parameters", parameters);
        }
        return write(body);
    }

    private byte[] write(Object body) {
        try {
            return json.writeValueAsBytes(body instanceof JsonNode node ? node : body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a sandbox answer as JSON", e);
        }
    }

    private static void holdBack(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            // a slow shop: the client's timeout is what this tests, there is nothing to wait for but time
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
