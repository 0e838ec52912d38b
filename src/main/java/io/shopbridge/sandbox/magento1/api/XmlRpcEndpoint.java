package io.shopbridge.sandbox.magento1.api;

import java.util.List;

import org.jboss.logging.Logger;
import io.shopbridge.magento.xmlrpc.XmlRpcCall;
import io.shopbridge.magento.xmlrpc.XmlRpcCodec;
import io.shopbridge.magento.xmlrpc.XmlRpcFormatException;

/** Request body in, response body out, as Zend_XmlRpc_Server answers: every fault is a normal response. */
public final class XmlRpcEndpoint {

    private static final Logger LOG = Logger.getLogger(XmlRpcEndpoint.class);

    private final XmlRpcCodec codec;
    private final ApiServer server;

    public XmlRpcEndpoint(XmlRpcCodec codec, ApiServer server) {
        this.codec = codec;
        this.server = server;
    }

    /**
     * An answered request: the API methods it called ({@code call}'s second parameter, each call's of a
     * {@code multiCall}), none for other requests.
     */
    public record Served(List<String> apiMethods, byte[] response) {
    }

    public byte[] handle(byte[] body) {
        return serve(body).response();
    }

    public Served serve(byte[] body) {
        XmlRpcCall call;
        try {
            call = codec.parseCall(body == null ? new byte[0] : body);
        } catch (XmlRpcFormatException e) {
            return new Served(List.of(), fault(ApiFault.unparsableRequest()));
        }
        List<String> apiMethods = apiMethods(call);
        try {
            return new Served(apiMethods, codec.encodeResponse(server.invoke(call.method(), call.params())));
        } catch (ApiFault fault) {
            return new Served(apiMethods, fault(fault));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Magento 1 sandbox failed on %s", call.method());
            return new Served(apiMethods, fault(ApiFault.unknownError()));
        }
    }

    private static List<String> apiMethods(XmlRpcCall call) {
        List<?> params = call.params();
        if ("call".equals(call.method()) && params.size() > 1 && params.get(1) instanceof String method) {
            return List.of(method);
        }
        if ("multiCall".equals(call.method()) && params.size() > 1 && params.get(1) instanceof List<?> calls) {
            return calls.stream().filter(one -> one instanceof List<?> entry && !entry.isEmpty())
                    .map(one -> String.valueOf(((List<?>) one).get(0))).toList();
        }
        return List.of();
    }

    private byte[] fault(ApiFault fault) {
        return codec.encodeFault(fault.code(), fault.getMessage());
    }
}
