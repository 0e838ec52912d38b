package io.shopbridge.magento.xmlrpc;

/** A {@code <fault>} answered by the server: its faultCode and faultString. */
public class XmlRpcFault extends Exception {

    private final int code;

    public XmlRpcFault(int code, String message) {
        super(message);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
