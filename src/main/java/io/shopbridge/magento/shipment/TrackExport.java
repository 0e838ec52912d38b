package io.shopbridge.magento.shipment;

/** A track as a Magento shipment is asked to take it: the shipment's id, the carrier code and title, the number. */
public record TrackExport(String shipmentExternalId, String carrierCode, String title, String trackNumber) {
}
