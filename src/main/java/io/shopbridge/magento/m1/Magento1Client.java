package io.shopbridge.magento.m1;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

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
        String key = sessionKey(shop);
        String session = sessions.computeIfAbsent(key, k -> login0(shop));
        try {
            return invoke(shop, "call", List.of(session, resourceMethod, args));
        } catch (MagentoFaultException e) {
            if (e.code() != SESSION_EXPIRED) {
                throw e;
            }
            LOG.infof("Magento session of %s expired, logging in again", shop.id());
            sessions.remove(key, session);
            String renewed = sessions.computeIfAbsent(key, k -> login0(shop));
            try {
                return invoke(shop, "call", List.of(renewed, resourceMethod, args));
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
        Object session = invoke(shop, "login", List.of(shop.setting("apiUser"), apiKey));
        if (!(session instanceof String id) || id.isBlank()) {
            throw new PermanentJobError("Magento " + shop.id() + " login answered no session id");
        }
        return id;
    }

    /** Sends one XML-RPC request and reports it to {@link BackendCalls} under its API method. */
    private Object invoke(BackendInstance shop, String method, List<?> params) {
        String apiMethod = "call".equals(method) ? String.valueOf(params.get(1)) : method;
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
