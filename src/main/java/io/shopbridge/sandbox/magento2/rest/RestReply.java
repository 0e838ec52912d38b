package io.shopbridge.sandbox.magento2.rest;

/** An HTTP answer of the Magento 2 sandbox: status, JSON body, and a {@code Retry-After} (null for none). */
public record RestReply(int status, byte[] body, String retryAfter) {

    public static RestReply json(int status, byte[] body) {
        return new RestReply(status, body, null);
    }
}
