package io.shopbridge.connector.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        return notedAmong(env, List.of(recordId)).contains(recordId);
    }

    /** Those of the records that a run noted a create of on this backend and never bound. */
    public Set<Long> notedAmong(ConnectorEnvironment env, List<Long> recordIds) {
        Set<Long> noted = new HashSet<>();
        try (PreparedStatement ps = env.connection().prepareStatement("SELECT record_id FROM connector_pending_effect"
                + " WHERE backend_id = ? AND model = ? AND record_id IN (" + placeholders(recordIds) + ")")) {
            bindAll(ps, env, recordIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    noted.add(rs.getLong(1));
                }
            }
            return noted;
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

    /** In the job's transaction, with the bindings: the creates' results are bound, their notes are done with. */
    public void settleAll(ConnectorEnvironment env, List<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = env.connection().prepareStatement("DELETE FROM connector_pending_effect"
                + " WHERE backend_id = ? AND model = ? AND record_id IN (" + placeholders(recordIds) + ")")) {
            bindAll(ps, env, recordIds);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new Transactions.DatabaseException(e);
        }
    }

    /** One bound parameter per record: the statement text depends on how many, never on their values. */
    private static String placeholders(List<Long> recordIds) {
        return String.join(", ", Collections.nCopies(recordIds.size(), "?"));
    }

    private static void bindAll(PreparedStatement ps, ConnectorEnvironment env, List<Long> recordIds)
            throws SQLException {
        ps.setString(1, env.backend().id());
        ps.setString(2, env.model());
        for (int i = 0; i < recordIds.size(); i++) {
            ps.setLong(3 + i, recordIds.get(i));
        }
    }

    private static void bind(PreparedStatement ps, ConnectorEnvironment env, long recordId) throws SQLException {
        ps.setString(1, env.backend().id());
        ps.setString(2, env.model());
        ps.setLong(3, recordId);
    }
}
