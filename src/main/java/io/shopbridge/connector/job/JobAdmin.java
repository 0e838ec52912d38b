package io.shopbridge.connector.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.connector.db.Transactions;

/**
 * What a person does with jobs: list and filter them, read one, and requeue, cancel or mark done. A transition only
 * applies from the states it makes sense from (a running job is never cancelled under its worker's feet).
 */
@ApplicationScoped
public class JobAdmin {

    /** The operations and the states each one applies to. */
    public enum Action {
        REQUEUE(JobState.PENDING, JobState.FAILED, JobState.CANCELLED, JobState.DONE),
        CANCEL(JobState.CANCELLED, JobState.PENDING, JobState.WAIT_DEPENDENCIES, JobState.FAILED),
        DONE(JobState.DONE, JobState.PENDING, JobState.WAIT_DEPENDENCIES, JobState.FAILED);

        final JobState to;
        final Set<JobState> from;

        Action(JobState to, JobState... from) {
            this.to = to;
            this.from = Set.of(from);
        }
    }

    /** List filters; null means any. */
    public record Filter(String state, String channel, String name, String backend, String model, Long recordId,
            Instant since, Instant until, int limit, int offset) {
    }

    private static final String LIST_COLUMNS = "uuid, name, state, channel, priority, backend_id, model, record_id, "
            + "attempts, max_retries, eta, created_at, started_at, done_at, error, description";

    @Inject
    Transactions transactions;

    @Inject
    JobStore store;

    @Inject
    JobRunner runner;

    @Inject
    java.time.Clock clock;

    public List<Map<String, Object>> list(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT " + LIST_COLUMNS + " FROM queue_job WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        condition(sql, params, "state = ?", f.state());
        condition(sql, params, "channel = ?", f.channel());
        condition(sql, params, "name = ?", f.name());
        condition(sql, params, "backend_id = ?", f.backend());
        condition(sql, params, "model = ?", f.model());
        condition(sql, params, "record_id = ?", f.recordId());
        condition(sql, params, "created_at >= ?", f.since() == null ? null : JobStore.timestamp(f.since()));
        condition(sql, params, "created_at < ?", f.until() == null ? null : JobStore.timestamp(f.until()));
        sql.append(" ORDER BY id DESC LIMIT ? OFFSET ?");
        params.add(Math.max(1, Math.min(f.limit(), 1000)));
        params.add(Math.max(0, f.offset()));
        return transactions.inTransaction(c -> rows(c, sql.toString(), params));
    }

    public Optional<Map<String, Object>> get(String uuid) {
        return transactions.inTransaction(c -> rows(c, "SELECT " + LIST_COLUMNS
                + ", args, result, trace, worker, lease_until, retry_pattern FROM queue_job WHERE uuid = ?",
                List.of(uuid))).stream().findFirst();
    }

    /** Applies the action to each job that is in a state it applies to; returns the uuids changed. */
    public List<String> apply(Action action, List<String> uuids, String who) {
        List<String> changed = transactions.inTransaction(c -> {
            List<String> applied = new ArrayList<>();
            for (String uuid : uuids) {
                if (transition(c, action, uuid, who)) {
                    applied.add(uuid);
                }
            }
            return applied;
        });
        if (action == Action.REQUEUE && !changed.isEmpty()) {
            runner.newJobs();
        }
        return changed;
    }

    private boolean transition(Connection c, Action action, String uuid, String who) throws SQLException {
        String from = JobState.sqlList(action.from.toArray(JobState[]::new));
        String sql = action == Action.REQUEUE
                ? "UPDATE queue_job SET state = " + action.to.sql() + ", attempts = 0, eta = NULL, worker = NULL, "
                        + "lease_until = NULL, done_at = NULL WHERE uuid = ? AND state IN " + from
                : "UPDATE queue_job SET state = " + action.to.sql() + ", done_at = ?, result = ? WHERE uuid = ? "
                        + "AND state IN " + from;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (action == Action.REQUEUE) {
                ps.setString(1, uuid);
            } else {
                ps.setObject(1, JobStore.timestamp(clock.instant()));
                ps.setString(2, (action == Action.CANCEL ? "cancelled by " : "marked done by ") + who);
                ps.setString(3, uuid);
            }
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        if (action == Action.DONE) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM queue_job WHERE uuid = ?")) {
                ps.setString(1, uuid);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    store.promoteDependents(c, List.of(rs.getLong(1)));
                }
            }
        }
        return true;
    }

    private static void condition(StringBuilder sql, List<Object> params, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            params.add(value);
        }
    }

    private static List<Map<String, Object>> rows(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        Object value = rs.getObject(i);
                        if (value instanceof java.sql.Clob clob) {
                            value = clob.getSubString(1, (int) clob.length());
                        } else if (value instanceof java.sql.Timestamp) {
                            value = rs.getObject(i, OffsetDateTime.class).toString();
                        } else if (value instanceof OffsetDateTime t) {
                            value = t.toString();
                        }
                        row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), value);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
