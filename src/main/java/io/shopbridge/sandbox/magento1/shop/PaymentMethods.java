package io.shopbridge.sandbox.magento1.shop;

import java.util.Set;

/**
 * Which payment methods capture through a gateway. An API-created invoice on any other (offline) method is paid at
 * once; on a gateway method it stays open until captured ({@code Mage_Sales_Model_Order_Invoice::register}).
 */
final class PaymentMethods {

    /** The gateway methods of a stock 1.7 CE; everything else (checkmo, banktransfer, cashondelivery…) is offline. */
    private static final Set<String> GATEWAYS = Set.of("authorizenet", "authorizenet_directpost", "paypal_direct",
            "paypal_express", "paypaluk_direct", "paypaluk_express", "verisign", "payflow_advanced", "payflow_link",
            "hosted_pro");

    private PaymentMethods() {
    }

    static boolean capturesThroughGateway(String method) {
        return GATEWAYS.contains(method);
    }
}
