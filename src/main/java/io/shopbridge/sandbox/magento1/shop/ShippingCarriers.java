package io.shopbridge.sandbox.magento1.shop;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The carriers a stock 1.7 CE can track, code to configured title, as {@code sales_order_shipment.getCarriers} lists
 * them: "custom" first, then the Mage_Usa carriers in config order.
 */
public final class ShippingCarriers {

    private static final Map<String, String> TRACKABLE = new LinkedHashMap<>();

    static {
        TRACKABLE.put("custom", "Custom Value");
        TRACKABLE.put("dhl", "DHL (Deprecated)");
        TRACKABLE.put("fedex", "Federal Express");
        TRACKABLE.put("ups", "United Parcel Service");
        TRACKABLE.put("usps", "United States Postal Service");
        TRACKABLE.put("dhlint", "DHL");
    }

    private ShippingCarriers() {
    }

    public static Map<String, Object> trackable() {
        return new LinkedHashMap<>(TRACKABLE);
    }

    public static boolean isTrackable(String code) {
        return TRACKABLE.containsKey(code);
    }
}
