package io.shopbridge.magento.shipment;

import java.sql.Connection;
import java.sql.PreparedStatement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.camel.Exchange;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.job.JobHeaders;

/**
 * Binds a picking's tracking number to each of its shipments (a {@code magento_stock_picking_track} row per bound
 * shipment and number), whose insert's event starts the export that adds the track. A number already bound to a
 * shipment is not bound again, so a picking written twice adds its track once.
 */
@ApplicationScoped
@Named("shipmentTracks")
// the picking's subscription route calls it by name (bean binding), which native mode only allows for registered classes
@RegisterForReflection
public class ShipmentTracks {

    @Inject
    Transactions transactions;

    /** For the event's picking, in the event's transaction. */
    public void onPickingWritten(Exchange exchange) {
        long pickingId = exchange.getMessage().getHeader(JobHeaders.RECORD_ID, Long.class);
        transactions.inCurrentOrNew(exchange, connection -> {
            bindNew(connection, pickingId);
            return null;
        });
    }

    public void bindNew(Connection connection, long pickingId) {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO magento_stock_picking_track (backend_id, erp_id, picking_bind_id, tracking_ref)
                SELECT b.backend_id, p.id, b.id, p.carrier_tracking_ref
                FROM stock_picking p
                JOIN magento_stock_picking b ON b.erp_id = p.id AND b.external_id IS NOT NULL
                WHERE p.id = ? AND p.carrier_tracking_ref IS NOT NULL AND p.carrier_tracking_ref <> ''
                  AND NOT EXISTS (SELECT 1 FROM magento_stock_picking_track t
                                  WHERE t.picking_bind_id = b.id AND t.tracking_ref = p.carrier_tracking_ref)""")) {
            ps.setLong(1, pickingId);
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new Transactions.DatabaseException(e);
        }
    }
}
