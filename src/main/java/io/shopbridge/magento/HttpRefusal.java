package io.shopbridge.magento;

import io.shopbridge.connector.job.PermanentJobError;

/** An HTTP status the shop answered that a retry does not change (a 4xx but 408 and 429): the shop said no. */
public final class HttpRefusal extends PermanentJobError {

    public HttpRefusal(String message) {
        super(message);
    }
}
