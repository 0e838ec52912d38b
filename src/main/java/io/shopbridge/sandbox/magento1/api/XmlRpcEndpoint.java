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

    public byte[] handle(byte[] body) {
        XmlRpcCall call;
        try {
            call = codec.parseCall(body == null ? new byte[0] : body);
        } catch (XmlRpcFormatException e) {
            return fault(ApiFault.unparsableRequest());
        }
        try {
            return codec.encodeResponse(server.invoke(call.method(), call.params()));
        } catch (ApiFault fault) {
            return fault(fault);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Magento 1 sandbox failed on %s", call.method());
            return fault(ApiFault.unknownError());
        }
    }

    private byte[] fault(ApiFault fault) {
        return codec.encodeFault(fault.code(), fault.getMessage());
    }
}
