package io.shopbridge.magento.m1;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpMethods;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.shopbridge.connector.backend.BackendCall;
import io.shopbridge.connector.backend.BackendCalls;
import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.job.RetryableJobError;
import io.shopbridge.magento.HttpFailures;
import io.shopbridge.magento.HttpRefusal;
import io.shopbridge.magento.xmlrpc.XmlRpcCodec;
import io.shopbridge.magento.xmlrpc.XmlRpcFault;
import io.shopbridge.magento.xmlrpc.XmlRpcFormatException;

/**
 * Magento 1.x API v1 over XML-RPC, on Camel HTTP. One session per shop and API user, kept across calls; when Magento
 * answers fault 5 (session expired) the client logs in again and retries the call once.
 *
 * Settings of the backend instance: {@code url} (the shop's base URL), {@code apiUser}, and {@code apiKeyProperty}, the
 * name of the configuration property (or environment variable) that holds the API key, so the key never sits in a
 * route definition.
 */
@ApplicationScoped
public class Magento1Client {

    private static final Logger LOG = Logger.getLogger(Magento1Client.class);
    static final int SESSION_EXPIRED = 5;
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

    @Inject
    ProducerTemplate producer;

    @Inject
    Config config;

    @Inject
    BackendCalls calls;

    @ConfigProperty(name = "shopbridge.magento1.max-response-bytes")
    int maxResponseBytes;

    @ConfigProperty(name = "shopbridge.magento1.http-options")
    String httpOptions;

    private XmlRpcCodec codec;
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    /** The XML-RPC endpoint's URI by shop URL. */
    private final Map<String, String> endpointUris = new ConcurrentHashMap<>();

    /** Calls {@code resource.method} with positional args, in the shop's session. */
    public Object call(BackendInstance shop, String resourceMethod, List<?> args) {
        return inSession(shop,
                session -> invoke(shop, "call", resourceMethod, List.of(session, resourceMethod, args)));
    }

    /** One call of a {@link #multiCall}: {@code resource.method} and its positional args. */
    public record Call(String resourceMethod, List<?> args) {
    }

    /** What one call of a {@link #multiCall} answered: its value, or the fault Magento gave it. */
    public record Answer(Object value, MagentoFaultException fault) {
    }

    /**
     * Sends several calls in one request ({@code multiCall}), in the shop's session: an answer per call, in order.
     * Magento runs them one after the other and answers a failed one with an inline fault in its place, the others
     * going on.
     */
    public List<Answer> multiCall(BackendInstance shop, List<Call> calls) {
        List<List<?>> wire = calls.stream().<List<?>>map(call -> List.of(call.resourceMethod(), call.args())).toList();
        String apiMethod = "multiCall " + calls.stream().map(Call::resourceMethod).distinct()
                .collect(Collectors.joining(","));
        Object answer = inSession(shop, session -> invoke(shop, "multiCall", apiMethod, List.of(session, wire)));
        if (!(answer instanceof List<?> values) || values.size() != calls.size()) {
            throw new PermanentJobError("Magento " + shop.id() + " answered a multiCall of " + calls.size()
                    + " calls with " + (answer instanceof List<?> list ? list.size() + " answers" : answer));
        }
        List<Answer> answers = new ArrayList<>(values.size());
        for (Object value : values) {
            answers.add(value instanceof Map<?, ?> struct && isTrue(struct.get("isFault"))
                    ? new Answer(null, inlineFault(struct))
                    : new Answer(value, null));
        }
        return answers;
    }

    private static boolean isTrue(Object flag) {
        return Boolean.TRUE.equals(flag) || "1".equals(String.valueOf(flag));
    }

    /** An inline fault's code comes as a string (straight from Magento's configuration). */
    private static MagentoFaultException inlineFault(Map<?, ?> struct) {
        int code;
        try {
            code = Integer.parseInt(String.valueOf(struct.get("faultCode")).trim());
        } catch (NumberFormatException e) {
            code = 0;
        }
        return new MagentoFaultException(code, String.valueOf(struct.get("faultMessage")));
    }

    /** Runs a request in the shop's session; when Magento says it expired, logs in again and sends it once more. */
    private Object inSession(BackendInstance shop, Function<String, Object> request) {
        String key = sessionKey(shop);
        String session = sessions.computeIfAbsent(key, k -> login0(shop));
        try {
            return request.apply(session);
        } catch (MagentoFaultException e) {
            if (e.code() != SESSION_EXPIRED) {
                throw e;
            }
            LOG.infof("Magento session of %s expired, logging in again", shop.id());
            sessions.remove(key, session);
            String renewed = sessions.computeIfAbsent(key, k -> login0(shop));
            try {
                return request.apply(renewed);
            } catch (MagentoFaultException again) {
                if (again.code() == SESSION_EXPIRED) {
                    sessions.remove(key, renewed);
                    throw new RetryableJobError("Magento " + shop.id() + " expired a fresh session at once", again);
                }
                throw again;
            }
        }
    }

    private static String sessionKey(BackendInstance shop) {
        return shop.setting("url") + '\n' + shop.setting("apiUser");
    }

    private String login0(BackendInstance shop) {
        String apiKey = config.getOptionalValue(shop.setting("apiKeyProperty"), String.class)
                .orElseThrow(() -> new PermanentJobError("No API key for backend " + shop.id() + ": set property "
                        + shop.setting("apiKeyProperty")));
        Object session = invoke(shop, "login", "login", List.of(shop.setting("apiUser"), apiKey));
        if (!(session instanceof String id) || id.isBlank()) {
            throw new PermanentJobError("Magento " + shop.id() + " login answered no session id");
        }
        return id;
    }

    /** Sends one XML-RPC request and reports it to {@link BackendCalls} under its API method. */
    private Object invoke(BackendInstance shop, String method, String apiMethod, List<?> params) {
        long start = System.nanoTime();
        try {
            Object answer = send(shop, method, params);
            calls.record(BackendCall.success(shop.id(), apiMethod, System.nanoTime() - start));
            return answer;
        } catch (RuntimeException e) {
            // a fault or an HTTP 4xx is the shop answering no; anything else is the shop not answering properly
            BackendCall.Outcome outcome = e instanceof MagentoFaultException || e instanceof HttpRefusal
                    ? BackendCall.Outcome.REFUSED : BackendCall.Outcome.FAILED;
            calls.record(new BackendCall(shop.id(), apiMethod, System.nanoTime() - start, outcome, e.getMessage()));
            throw e;
        }
    }

    private Object send(BackendInstance shop, String method, List<?> params) {
        byte[] request = codec.encodeCall(method, params);
        String uri = endpointUris.computeIfAbsent(shop.setting("url"),
                url -> TRAILING_SLASHES.matcher(url).replaceAll("") + "/index.php/api/xmlrpc?" + httpOptions);
        Exchange response = producer.send(uri, exchange -> {
            // the enum itself: a string is converted to it on every call, through a slow generic converter
            exchange.getMessage().setHeader(Exchange.HTTP_METHOD, HttpMethods.POST);
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/xml");
            exchange.getMessage().setBody(request);
        });
        Exception failure = response.getException();
        if (failure != null) {
            if (HttpFailures.isNetworkFailure(failure)) {
                throw new RetryableJobError("Magento " + shop.id() + " unreachable: " + failure.getMessage(), failure);
            }
            throw new PermanentJobError("Calling Magento " + shop.id() + " failed: " + failure.getMessage(), failure);
        }
        int status = response.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        if (status != 200) {
            throw HttpFailures.of(shop.id(), status, response.getMessage().getHeader("Retry-After", String.class));
        }
        try {
            return codec.parseResponse(response.getMessage().getBody(byte[].class));
        } catch (XmlRpcFault fault) {
            throw new MagentoFaultException(fault.code(), fault.getMessage());
        } catch (XmlRpcFormatException e) {
            throw new PermanentJobError("Magento " + shop.id() + " answered a body that is not XML-RPC: "
                    + e.getMessage(), e);
        }
    }

    @PostConstruct
    void createCodec() {
        codec = new XmlRpcCodec(maxResponseBytes);
    }
}
