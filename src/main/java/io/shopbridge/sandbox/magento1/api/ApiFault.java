package io.shopbridge.sandbox.magento1.api;

/** An XML-RPC fault the sandbox answers with: its faultCode and faultString. */
public class ApiFault extends RuntimeException {

    private final int code;

    public ApiFault(int code, String message) {
        // an answer, not a bug: no stack trace needed
        super(message, null, false, false);
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Zend_XmlRpc_Server: the top-level method is not one of the handler's. */
    static ApiFault methodDoesNotExist(String method) {
        return new ApiFault(620, "Method \"" + method + "\" does not exist");
    }

    /** Zend_XmlRpc_Server: parameter types match none of the method's docblock prototypes. */
    static ApiFault signatureMismatch() {
        return new ApiFault(623, "Calling parameters do not match signature");
    }

    /** Zend_XmlRpc_Server: the body is not a well-formed, acceptable methodCall. */
    public static ApiFault unparsableRequest() {
        return new ApiFault(631, "Failed to parse request");
    }

    /** Zend_XmlRpc_Server: an exception of a type it does not know escaped the handler. */
    public static ApiFault unknownError() {
        return new ApiFault(404, "Unknown error");
    }
}
