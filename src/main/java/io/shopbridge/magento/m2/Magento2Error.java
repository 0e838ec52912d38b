package io.shopbridge.magento.m2;

import io.shopbridge.connector.job.PermanentJobError;

/**
 * A refusal Magento 2 answered (HTTP 400, 404, ...): retrying does not change it. The message is Magento's own with
 * its placeholders filled in; the status tells a not-found (404) from a validation refusal (400).
 */
public class Magento2Error extends PermanentJobError {

    private final int status;
    private final String magentoMessage;

    public Magento2Error(String shopId, int status, String magentoMessage) {
        super("Magento " + shopId + " answered HTTP " + status + ": " + magentoMessage);
        this.status = status;
        this.magentoMessage = magentoMessage;
    }

    public int status() {
        return status;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    /** Magento's message alone, placeholders filled in. */
    public String magentoMessage() {
        return magentoMessage;
    }
}
