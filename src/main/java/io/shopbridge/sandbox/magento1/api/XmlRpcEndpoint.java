package io.shopbridge.sandbox.magento1.api;

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

    /** An answered request: the API method it called ({@code call}'s second parameter), null for other requests. */
    public record Served(String apiMethod, byte[] response) {
    }

    public byte[] handle(byte[] body) {
        return serve(body).response();
    }

    public Served serve(byte[] body) {
        XmlRpcCall call;
        try {
            call = codec.parseCall(body == null ? new byte[0] : body);
        } catch (XmlRpcFormatException e) {
            return new Served(null, fault(ApiFault.unparsableRequest()));
        }
        String apiMethod = "call".equals(call.method()) && call.params().size() > 1
                && call.params().get(1) instanceof String method ? method : null;
        try {
            return new Served(apiMethod, codec.encodeResponse(server.invoke(call.method(), call.params())));
        } catch (ApiFault fault) {
            return new Served(apiMethod, fault(fault));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Magento 1 sandbox failed on %s", call.method());
            return new Served(apiMethod, fault(ApiFault.unknownError()));
        }
    }

    private byte[] fault(ApiFault fault) {
        return codec.encodeFault(fault.code(), fault.getMessage());
    }
}
