package io.shopbridge.connector.adapter;

import io.shopbridge.connector.job.PermanentJobError;

/**
 * The backend refused a create in a way that a record made by an earlier create of the same data would explain
 * (Magento's "Cannot do invoice for order" when the order is already invoiced). The caller looks for that record
 * before it gives up.
 */
public class CreateConflictException extends PermanentJobError {

    public CreateConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
