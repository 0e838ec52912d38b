package io.shopbridge.magento.m2;

/** One HTTP answer of a Magento 2 shop, as the client received it. */
record Magento2Response(int status, String retryAfter, byte[] body) {
}
