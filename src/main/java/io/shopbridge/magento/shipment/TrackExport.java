package io.shopbridge.magento.shipment;

/**
 * A track as a Magento shipment is asked to take it: the shipment's id, the carrier code and title, the number; and
 * the shipment's order and the picking's name, which Magento 2 stores with the track (1.7 takes neither).
 */
public record TrackExport(String shipmentExternalId, String carrierCode, String title, String trackNumber,
        String orderExternalId, String description) {
}
