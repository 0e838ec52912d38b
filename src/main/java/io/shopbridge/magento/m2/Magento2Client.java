package io.shopbridge.magento.m2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpMethods;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.shopbridge.connector.backend.BackendCall;
import io.shopbridge.connector.backend.BackendCalls;
import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.job.RetryableJobError;
import io.shopbridge.magento.HttpFailures;

/**
 * Magento 2 REST, JSON over Camel HTTP (its pooled Apache client keeps connections alive between calls).
 *
 * Settings of the backend instance: {@code url} (the shop's base URL; routes are under {@code <url>/rest/}),
 * {@code store} (a store code put in the path, {@code /rest/<store>/V1/...}; none for the default store view),
 * {@code auth}, {@code apiUser} and {@code apiKeyProperty} (see {@link Magento2Credentials}). An admin token is
 * kept per shop and user across calls and renewed once when Magento answers 401.
 *
 * Failures: Magento's refusals (400, 404, other 4xx) are {@link Magento2Error}s, permanent, with Magento's message;
 * network errors, 408, 429 and 5xx are {@link RetryableJobError}s, with the delay {@code Retry-After} asks for. The
 * token and the password appear in no message, log line or exception.
 */
@ApplicationScoped
public class Magento2Client {

    private static final Logger LOG = Logger.getLogger(Magento2Client.class);

    @Inject
    ProducerTemplate producer;

    @Inject
    Config config;

    @Inject
    ObjectMapper json;

    @Inject
    BackendCalls calls;

    @ConfigProperty(name = "shopbridge.magento2.http-options")
    String httpOptions;

    private final Map<String, String> adminTokens = new ConcurrentHashMap<>();

    /** {@code GET /V1/<path>}: {@code path} below {@code V1/}, its segments encoded ({@link Magento2Path}). */
    public JsonNode get(BackendInstance shop, String path) {
        return call(shop, "GET", path, null, null);
    }

    public JsonNode post(BackendInstance shop, String path, Object body) {
        return call(shop, "POST", path, null, body);
    }

    public JsonNode put(BackendInstance shop, String path, Object body) {
        return call(shop, "PUT", path, null, body);
    }

    /** One page of a search route ({@code orders}, {@code invoices}, {@code customers/search}, ...). */
    public SearchPage search(BackendInstance shop, String path, SearchCriteria criteria) {
        JsonNode envelope = call(shop, "GET", path, criteria.toQuery(), null);
        List<JsonNode> items = new ArrayList<>();
        envelope.path("items").forEach(items::add);
        return new SearchPage(items, envelope.path("total_count").asLong(items.size()), criteria);
    }

    /**
     * Every record the search finds, page after page from {@code criteria}'s page, until the pages hold
     * {@code total_count} records (Magento answers the last page again past the end, so an empty page never comes).
     */
    public List<JsonNode> searchAll(BackendInstance shop, String path, SearchCriteria criteria) {
        List<JsonNode> all = new ArrayList<>();
        SearchCriteria page = criteria;
        while (true) {
            SearchPage found = search(shop, path, page);
            all.addAll(found.items());
            if (found.isLast()) {
                return all;
            }
            page = page.page(page.currentPage() + 1);
        }
    }

    /** The call, with one token renewal when Magento answers 401 to an admin token; reported to {@link BackendCalls}. */
    public JsonNode call(BackendInstance shop, String method, String path, String query, Object body) {
        return recorded(shop.id(), Magento2CallName.of(method, path), () -> call0(shop, method, path, query, body));
    }

    private <T> T recorded(String shopId, String callName, Supplier<T> call) {
        long start = System.nanoTime();
        try {
            T answer = call.get();
            calls.record(BackendCall.success(shopId, callName, System.nanoTime() - start));
            return answer;
        } catch (RuntimeException e) {
            // a 4xx or a refused login is the shop answering no; a network error, a 5xx or a body that does not parse
            // (each with a cause, or retryable) is the shop not answering properly
            boolean refused = e instanceof Magento2Error || e instanceof PermanentJobError && e.getCause() == null;
            BackendCall.Outcome outcome = refused ? BackendCall.Outcome.REFUSED : BackendCall.Outcome.FAILED;
            calls.record(new BackendCall(shopId, callName, System.nanoTime() - start, outcome, e.getMessage()));
            throw e;
        }
    }

    private JsonNode call0(BackendInstance shop, String method, String path, String query, Object body) {
        Magento2Credentials credentials = Magento2Credentials.of(shop);
        byte[] payload = body == null ? null : write(body);
        String url = restUrl(shop, true) + "V1/" + path + (query == null || query.isEmpty() ? "" : "?" + query);
        String token = token(credentials);
        Magento2Response response = send(credentials, method, url, token, payload);
        if (response.status() == 401) {
            if (credentials.integration()) {
                throw new PermanentJobError("Magento " + shop.id() + " refused the integration token: "
                        + readableError(response));
            }
            LOG.infof("Magento %s refused its admin token, asking for a new one", shop.id());
            adminTokens.remove(credentials.cacheKey(), token);
            String renewed = token(credentials);
            response = send(credentials, method, url, renewed, payload);
            if (response.status() == 401) {
                adminTokens.remove(credentials.cacheKey(), renewed);
                throw new RetryableJobError("Magento " + shop.id() + " refused a fresh admin token at once", null);
            }
        }
        return answer(shop.id(), response);
    }

    private String token(Magento2Credentials credentials) {
        if (credentials.integration()) {
            return secret(credentials);
        }
        return adminTokens.computeIfAbsent(credentials.cacheKey(), key -> adminToken(credentials));
    }

    private String adminToken(Magento2Credentials credentials) {
        byte[] login = write(Map.of("username", credentials.apiUser(), "password", secret(credentials)));
        Magento2Response response = send(credentials, "POST",
                restUrl(credentials.url(), null) + "V1/integration/admin/token", null, login);
        if (response.status() == 401 || response.status() == 400) {
            throw new PermanentJobError("Magento " + credentials.shopId() + " refused the admin login of "
                    + credentials.apiUser() + ": " + readableError(response));
        }
        JsonNode token = answer(credentials.shopId(), response);
        if (!token.isTextual() || token.asText().isBlank()) {
            throw new PermanentJobError("Magento " + credentials.shopId() + " answered no admin token");
        }
        return token.asText();
    }

    private String secret(Magento2Credentials credentials) {
        return config.getOptionalValue(credentials.secretProperty(), String.class)
                .orElseThrow(() -> new PermanentJobError("No Magento 2 credentials for backend " + credentials.shopId()
                        + ": set property " + credentials.secretProperty()));
    }

    private Magento2Response send(Magento2Credentials credentials, String method, String url, String token,
            byte[] payload) {
        // one endpoint (one connection pool) per shop; the call's own URL goes in a header
        Exchange exchange = producer.send(credentials.url() + (credentials.url().contains("?") ? "&" : "?") + httpOptions,
                ex -> {
                    ex.getMessage().setHeader(Exchange.HTTP_URI, url);
                    // the enum itself: a string is converted to it on every call, through a slow generic converter
                    ex.getMessage().setHeader(Exchange.HTTP_METHOD, HttpMethods.valueOf(method));
                    ex.getMessage().setHeader("Accept", "application/json");
                    if (token != null) {
                        ex.getMessage().setHeader("Authorization", "Bearer " + token);
                    }
                    if (payload != null) {
                        ex.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
                    }
                    ex.getMessage().setBody(payload);
                });
        Exception failure = exchange.getException();
        if (failure != null) {
            if (HttpFailures.isNetworkFailure(failure)) {
                throw new RetryableJobError("Magento " + credentials.shopId() + " unreachable: "
                        + failure.getClass().getSimpleName(), failure);
            }
            throw new PermanentJobError("Calling Magento " + credentials.shopId() + " failed: "
                    + failure.getClass().getSimpleName(), failure);
        }
        return new Magento2Response(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class),
                exchange.getMessage().getHeader("Retry-After", String.class),
                exchange.getMessage().getBody(byte[].class));
    }

    private JsonNode answer(String shopId, Magento2Response response) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return read(shopId, response.body());
        }
        if (HttpFailures.isRetryable(status)) {
            throw HttpFailures.of(shopId, status, response.retryAfter());
        }
        throw new Magento2Error(shopId, status, readableError(response));
    }

    private String readableError(Magento2Response response) {
        try {
            String message = Magento2ErrorMessage.of(json.readTree(bodyOf(response)));
            if (message != null) {
                return message;
            }
        } catch (IOException e) {
            // not JSON: a proxy's page, say; the status says enough
        }
        return "HTTP " + response.status() + " without a Magento message";
    }

    private JsonNode read(String shopId, byte[] body) {
        try {
            return body == null || body.length == 0 ? json.nullNode() : json.readTree(body);
        } catch (IOException e) {
            throw new PermanentJobError("Magento " + shopId + " answered a body that is not JSON", e);
        }
    }

    private byte[] write(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a request body as JSON", e);
        }
    }

    private static byte[] bodyOf(Magento2Response response) {
        return response.body() == null ? new byte[0] : response.body();
    }

    private static String restUrl(BackendInstance shop, boolean withStore) {
        return restUrl(shop.setting("url"), withStore ? shop.settings().get("store") : null);
    }

    private static String restUrl(String baseUrl, String store) {
        String base = baseUrl.replaceAll("/+$", "") + "/rest/";
        return store == null || store.isBlank() ? base : base + Magento2Path.segment(store.trim()) + '/';
    }
}
