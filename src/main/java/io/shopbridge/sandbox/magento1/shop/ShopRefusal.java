package io.shopbridge.sandbox.magento1.shop;

/**
 * A {@code Mage_Core_Exception} the shop throws when an action is not allowed ("Hold action is not available.",
 * "Cannot create an empty shipment."). API methods catch it around the save and answer with a fault of their own
 * resource carrying this message; nothing the action started is kept.
 */
public class ShopRefusal extends RuntimeException {

    public ShopRefusal(String message) {
        super(message, null, false, false);
    }
}
