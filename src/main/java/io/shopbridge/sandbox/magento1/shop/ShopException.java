package io.shopbridge.sandbox.magento1.shop;

/**
 * A failure the shop raises as a plain PHP exception rather than an API fault: a {@code Mage_Core_Exception} thrown
 * outside the API method's try block, or a database error. The API answers those as fault 1 with this message.
 */
public class ShopException extends RuntimeException {

    public ShopException(String message) {
        super(message);
    }
}
