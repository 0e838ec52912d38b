package io.shopbridge.connector.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.connector.db.Transactions;

/**
 * Durable notes that a create on a backend may have happened (table {@code connector_pending_effect}). A note is
 * committed on its own before the call, and deleted in the transaction that binds what the call created. So a note
 * that is still there says, whatever the job's attempt counter claims, that an earlier run may have created the
 * record: it crashed, lost its answer, or lost its commit.
 */
@ApplicationScoped
public class PendingEffects {

    @Inject
    Transactions transactions;

    /** Whether a run noted a create of this record on this backend and never bound its result. */
    public boolean noted(ConnectorEnvironment env, long recordId) {
        try (PreparedStatement ps = env.connection().prepareStatement(
                "SELECT 1 FROM connector_pending_effect WHERE backend_id = ? AND model = ? AND record_id = ?")) {
            bind(ps, env, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new Transactions.DatabaseException(e);
        }
    }

    /** Notes, committed before this returns and outside the job's transaction, that a create is about to happen. */
    public void note(ConnectorEnvironment env, long recordId) {
        noteAll(env, List.of(recordId));
    }

    /** Notes several records' creates at once, in one transaction committed before this returns. */
    public void noteAll(ConnectorEnvironment env, List<Long> recordIds) {
        Instant now = Instant.now();
        transactions.inTransaction(c -> {
            // a note an earlier run left still holds: keep it
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO connector_pending_effect (backend_id, model, record_id, created_at)
                    SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM connector_pending_effect
                                                        WHERE backend_id = ? AND model = ? AND record_id = ?)""")) {
                for (long recordId : recordIds) {
                    bind(ps, env, recordId);
                    ps.setObject(4, now.atOffset(ZoneOffset.UTC));
                    ps.setString(5, env.backend().id());
                    ps.setString(6, env.model());
                    ps.setLong(7, recordId);
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    /** In the job's transaction, with the binding: the create's result is bound, the note is done with. */
    public void settle(ConnectorEnvironment env, long recordId) {
        try (PreparedStatement ps = env.connection().prepareStatement(
                "DELETE FROM connector_pending_effect WHERE backend_id = ? AND model = ? AND record_id = ?")) {
            bind(ps, env, recordId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new Transactions.DatabaseException(e);
        }
    }

    private static void bind(PreparedStatement ps, ConnectorEnvironment env, long recordId) throws SQLException {
        ps.setString(1, env.backend().id());
        ps.setString(2, env.model());
        ps.setLong(3, recordId);
    }
}
