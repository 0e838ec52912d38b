package io.shopbridge.magento.shipment;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.inject.Singleton;

import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/** Reads a tracking binding with its picking's carrier, as the tracking export maps it. */
@Singleton
public class TrackRecordReader {

    public ErpTrack read(ConnectorEnvironment env, long trackBindingId) {
        try (PreparedStatement ps = env.connection().prepareStatement("""
                SELECT t.tracking_ref, p.carrier_code, p.name, p.id, p.sale_order_id
                FROM magento_stock_picking_track t JOIN stock_picking p ON p.id = t.erp_id
                WHERE t.id = ?""")) {
            ps.setLong(1, trackBindingId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new PermanentJobError("tracking binding " + trackBindingId + " has no picking");
                }
                return new ErpTrack(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5));
            }
        } catch (SQLException e) {
            throw new Transactions.DatabaseException(e);
        }
    }
}
