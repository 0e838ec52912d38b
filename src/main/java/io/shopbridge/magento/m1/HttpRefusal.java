package io.shopbridge.magento.m1;

import io.shopbridge.connector.job.PermanentJobError;

/** An HTTP status the shop answered that a retry does not change (a 4xx but 408 and 429): the shop said no. */
final class HttpRefusal extends PermanentJobError {

    HttpRefusal(String message) {
        super(message);
    }
}
