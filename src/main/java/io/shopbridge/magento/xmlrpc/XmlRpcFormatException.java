package io.shopbridge.magento.xmlrpc;

/** A body that is not well-formed XML-RPC, is too large, or carries a DTD or entity. */
public class XmlRpcFormatException extends RuntimeException {

    public XmlRpcFormatException(String message) {
        super(message);
    }

    public XmlRpcFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
