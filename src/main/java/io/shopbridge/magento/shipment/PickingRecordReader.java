package io.shopbridge.magento.shipment;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/** Reads an ERP picking and its moves, as the shipment export maps them. */
@Singleton
public class PickingRecordReader {

    public ErpPicking read(ConnectorEnvironment env, long pickingId) {
        try (PreparedStatement ps = env.connection().prepareStatement(
                "SELECT name, sale_order_id FROM stock_picking WHERE id = ?")) {
            ps.setLong(1, pickingId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new PermanentJobError("stock.picking " + pickingId + " does not exist");
                }
                return new ErpPicking(pickingId, rs.getString(1), rs.getLong(2), moves(env, pickingId));
            }
        } catch (SQLException e) {
            throw new Transactions.DatabaseException(e);
        }
    }

    private List<ErpPicking.Move> moves(ConnectorEnvironment env, long pickingId) throws SQLException {
        List<ErpPicking.Move> moves = new ArrayList<>();
        try (PreparedStatement ps = env.connection().prepareStatement(
                "SELECT id, sale_order_line_id, quantity FROM stock_move WHERE picking_id = ? ORDER BY id")) {
            ps.setLong(1, pickingId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    moves.add(new ErpPicking.Move(rs.getLong(1), rs.getObject(2, Long.class),
                            rs.getObject(3, BigDecimal.class)));
                }
            }
        }
        return moves;
    }
}
