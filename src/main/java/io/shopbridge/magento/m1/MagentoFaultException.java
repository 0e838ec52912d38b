package io.shopbridge.magento.m1;

import io.shopbridge.connector.job.PermanentJobError;

/**
 * A fault Magento answered (code and text as Magento wrote them). Faults are data or state refusals (100–104: not
 * found, cannot invoice, ...) that a retry does not change, hence permanent; session expiry is handled by the client.
 */
public class MagentoFaultException extends PermanentJobError {

    private final int code;

    public MagentoFaultException(int code, String message) {
        super("Magento fault " + code + ": " + message);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
