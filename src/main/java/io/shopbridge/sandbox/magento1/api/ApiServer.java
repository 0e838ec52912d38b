package io.shopbridge.sandbox.magento1.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import io.shopbridge.sandbox.magento1.shop.Php;
import io.shopbridge.sandbox.magento1.shop.Shop;
import io.shopbridge.sandbox.magento1.shop.ShopException;

/**
 * The top-level XML-RPC methods of Magento 1.7's API ({@code Mage_Api_Model_Server_Handler_Abstract}) with the
 * signature check Zend_XmlRpc_Server applies before any of them runs. Resource methods run under the shop's lock.
 */
public final class ApiServer {

    private static final String STRING = XmlRpcTypes.STRING;
    private static final String ARRAY = XmlRpcTypes.ARRAY;

    private record TopLevelMethod(List<List<String>> prototypes, Function<Args, Object> handler) {
    }

    private final SessionStore sessions;
    private final ResourceRegistry resources;
    private final Shop shop;
    private final String apiUser;
    private final String apiKey;
    private final Map<String, TopLevelMethod> methods;

    public ApiServer(SessionStore sessions, ResourceRegistry resources, Shop shop, String apiUser, String apiKey) {
        this.sessions = sessions;
        this.resources = resources;
        this.shop = shop;
        this.apiUser = apiUser;
        this.apiKey = apiKey;
        // One prototype per number of arguments given, from the handler's docblocks (optional ones may be left out)
        this.methods = Map.of(
                "login", new TopLevelMethod(List.of(List.of(STRING), List.of(STRING, STRING)), this::login),
                "call", new TopLevelMethod(List.of(List.of(STRING, STRING), List.of(STRING, STRING, ARRAY)),
                        this::call),
                "multiCall", new TopLevelMethod(List.of(List.of(STRING), List.of(STRING, ARRAY),
                        List.of(STRING, ARRAY, ARRAY)), this::multiCall),
                "endSession", new TopLevelMethod(List.of(List.of(STRING)), this::endSession),
                "startSession", new TopLevelMethod(List.of(List.of()), args -> sessions.anonymous()));
    }

    /** @throws ApiFault the fault to answer with */
    public Object invoke(String method, List<Object> params) {
        TopLevelMethod target = methods.get(method);
        if (target == null) {
            throw ApiFault.methodDoesNotExist(method);
        }
        if (!XmlRpcTypes.matchesAny(params, target.prototypes())) {
            throw ApiFault.signatureMismatch();
        }
        return target.handler().apply(Args.of(params));
    }

    private Object login(Args args) {
        String user = args.string(0);
        String key = args.string(1);
        if (Php.isEmpty(user) || Php.isEmpty(key)) {
            throw FaultTable.GLOBAL.fault("invalid_request_param");
        }
        if (!constantTimeEquals(user, apiUser) | !constantTimeEquals(key, apiKey)) {
            throw FaultTable.GLOBAL.fault("access_denied");
        }
        return sessions.open();
    }

    private Object call(Args args) {
        requireSession(args.string(0));
        ApiMethod method = resources.resolve(args.string(1));
        Args callArgs = Args.spread(args.get(2));
        try {
            return shop.locked(() -> method.invoke(callArgs));
        } catch (ShopException e) {
            throw FaultTable.GLOBAL.fault("internal", e.getMessage());
        }
    }

    private Object multiCall(Args args) {
        requireSession(args.string(0));
        List<Object> results = new ArrayList<>();
        if (args.get(1) instanceof List<?> calls) {
            calls.forEach(call -> results.add(callInline(call)));
        }
        return results;
    }

    /** One multiCall entry: failures become {@code {isFault, faultCode, faultMessage}} structs in the result list. */
    private Object callInline(Object call) {
        try {
            Object apiPath = element(call, 0);
            if (apiPath == null) {
                throw FaultTable.GLOBAL.fault("resource_path_invalid");
            }
            ApiMethod method = resources.resolve(Php.toStr(apiPath));
            Args callArgs = Args.spread(element(call, 1));
            return shop.locked(() -> method.invoke(callArgs));
        } catch (ApiFault fault) {
            return inlineFault(fault);
        } catch (ShopException e) {
            // unlike call, multiCall drops the exception's message
            return inlineFault(FaultTable.GLOBAL.fault("internal"));
        }
    }

    private Object endSession(Args args) {
        sessions.close(args.string(0));
        return true;
    }

    private void requireSession(String sessionId) {
        if (!sessions.renew(sessionId)) {
            throw FaultTable.GLOBAL.fault("session_expired");
        }
    }

    private static Object element(Object call, int index) {
        if (call instanceof List<?> list) {
            return index < list.size() ? list.get(index) : null;
        }
        if (call instanceof Map<?, ?> map) {
            return map.get(Integer.toString(index));
        }
        return null;
    }

    /** The code comes from api.xml config here, so it is a string, unlike a real fault's int. */
    private static Map<String, Object> inlineFault(ApiFault fault) {
        Map<String, Object> inline = new LinkedHashMap<>();
        inline.put("isFault", true);
        inline.put("faultCode", Integer.toString(fault.code()));
        inline.put("faultMessage", fault.getMessage());
        return inline;
    }

    private static boolean constantTimeEquals(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
