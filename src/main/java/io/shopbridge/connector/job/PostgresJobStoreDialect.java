package io.shopbridge.connector.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * PostgreSQL: candidates are locked with {@code FOR UPDATE SKIP LOCKED}, so instances never fight over a job, and
 * batches travel as arrays in one statement each (no per-row round trip, whatever the driver's batch settings).
 */
final class PostgresJobStoreDialect implements JobStoreDialect {

    @Override
    public void beforeClaim(Connection c) throws SQLException {
        // a job table's statistics are always stale: left alone, the planner reads every pending job (a bitmap
        // scan) and sorts them, where walking the pending index in priority order stops after `limit` jobs
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL enable_bitmapscan = off");
        }
    }

    @Override
    public String recordFree() {
        return "NOT EXISTS (SELECT 1 FROM queue_job r WHERE r.record_key = j.record_key AND r.state IN "
                + JobStore.CLAIMED_STATES + ")";
    }

    @Override
    public String lockCandidates() {
        return " FOR UPDATE OF j SKIP LOCKED";
    }

    /** The candidates are locked by this transaction: one statement takes them all. */
    @Override
    public List<ClaimedJob> take(Connection c, List<ClaimedJob> candidates, String worker, Instant leaseUntil)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE queue_job SET state = %s, attempts = attempts + 1, worker = ?, lease_until = ?,
                                     started_at = NULL
                WHERE id = ANY (?)""".formatted(JobState.ENQUEUED.sql()))) {
            ps.setString(1, worker);
            ps.setObject(2, JobStore.timestamp(leaseUntil));
            ps.setArray(3, c.createArrayOf("bigint", candidates.stream().map(ClaimedJob::id).toArray()));
            ps.executeUpdate();
        }
        return candidates;
    }

    @Override
    public Set<Long> markDone(Connection c, List<FinishedJob> jobs, String worker) throws SQLException {
        Set<Long> updated = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE queue_job j SET state = %s, result = v.result,
                                       started_at = COALESCE(j.started_at, v.started_at::timestamptz),
                                       done_at = v.done_at::timestamptz, lease_until = NULL
                FROM unnest(?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[])
                     AS v(id, attempts, result, started_at, done_at)
                WHERE j.id = v.id AND j.worker = ? AND j.attempts = v.attempts AND j.lease_until IS NOT NULL
                RETURNING j.id""".formatted(JobState.DONE.sql()))) {
            ps.setArray(1, array(c, "bigint", jobs, f -> f.job().id()));
            ps.setArray(2, array(c, "int4", jobs, f -> f.job().attempt()));
            ps.setArray(3, array(c, "text", jobs, FinishedJob::result));
            ps.setArray(4, array(c, "text", jobs, f -> f.startedAt().toString()));
            ps.setArray(5, array(c, "text", jobs, f -> f.doneAt().toString()));
            ps.setString(6, worker);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    updated.add(rs.getLong(1));
                }
            }
        }
        return updated;
    }

    /** One multi-row insert from arrays, however many jobs: the driver sends it as one statement. */
    @Override
    public void insertAll(Connection c, List<NewJob> jobs, List<String> uuids, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO queue_job (uuid, name, backend_id, model, record_id, args, state, priority, eta, channel,
                                       description, max_retries, retry_pattern, created_at, record_key, timeout_ms)
                SELECT v.uuid, v.name, v.backend_id, v.model, v.record_id, v.args, %s, v.priority,
                       v.eta::timestamptz, v.channel, v.description, v.max_retries, v.retry_pattern, ?, v.record_key,
                       v.timeout_ms
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::int[], ?::text[],
                            ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::bigint[])
                     AS v(uuid, name, backend_id, model, record_id, args, priority, eta, channel, description,
                          max_retries, retry_pattern, record_key, timeout_ms)""".formatted(JobState.PENDING.sql()))) {
            int i = 1;
            ps.setObject(i++, JobStore.timestamp(now));
            ps.setArray(i++, c.createArrayOf("text", uuids.toArray()));
            ps.setArray(i++, array(c, "text", jobs, NewJob::name));
            ps.setArray(i++, array(c, "text", jobs, NewJob::backendId));
            ps.setArray(i++, array(c, "text", jobs, NewJob::model));
            ps.setArray(i++, array(c, "bigint", jobs, NewJob::recordId));
            ps.setArray(i++, array(c, "text", jobs, NewJob::argsJson));
            ps.setArray(i++, array(c, "int4", jobs, NewJob::priority));
            ps.setArray(i++, array(c, "text", jobs, j -> j.eta() == null ? null : j.eta().toString()));
            ps.setArray(i++, array(c, "text", jobs, NewJob::channel));
            ps.setArray(i++, array(c, "text", jobs, NewJob::description));
            ps.setArray(i++, array(c, "int4", jobs, NewJob::maxRetries));
            ps.setArray(i++, array(c, "text", jobs, NewJob::retryPattern));
            ps.setArray(i++, array(c, "text", jobs, NewJob::recordKey));
            ps.setArray(i, array(c, "bigint", jobs, j -> j.timeout() == null ? null : j.timeout().toMillis()));
            ps.executeUpdate();
        }
    }

    /**
     * A transaction-scoped advisory lock on the key's hash (a collision only makes two keys wait for each other): the
     * second enqueuer waits for the first to commit, then finds its job.
     */
    @Override
    public void lockIdentity(Connection c, String identityKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, identityKey);
            ps.executeQuery().close();
        }
    }

    @Override
    public boolean notifiesEnqueues() {
        return true;
    }

    private static <T> java.sql.Array array(Connection c, String type, List<T> rows, Function<T, Object> column)
            throws SQLException {
        Object[] values = new Object[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = column.apply(rows.get(i));
        }
        return c.createArrayOf(type, values);
    }
}
