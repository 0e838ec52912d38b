package io.shopbridge.magento.shipment;

/**
 * A tracking number bound for export: the number, and the picking (its carrier, its name, its sale order) whose
 * shipment takes it.
 */
public record ErpTrack(String trackingRef, String carrierCode, String pickingName, long pickingId, long saleOrderId) {
}
