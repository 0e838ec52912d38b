package io.shopbridge.connector.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The job table. Every statement binds its values; a job changes state only through a guarded update (its expected
 * state and owner in the WHERE clause), so two instances never both start it and a late finisher whose lease was
 * taken back changes nothing.
 */
@ApplicationScoped
public class JobStore {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String WAITING_STATES = "('wait_dependencies', 'pending', 'enqueued')";

    /** Inserts the job, unless its identity key matches a job still waiting; returns the uuid in effect. */
    public String enqueue(Connection c, NewJob job) throws SQLException {
        if (job.identityKey() != null) {
            Optional<String> existing = waitingWithIdentity(c, job.identityKey());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        String uuid = UUID.randomUUID().toString();
        List<Long> dependencies = dependencyIds(c, job.dependsOn());
        boolean waits = !dependencies.isEmpty() && !allDone(c, dependencies);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO queue_job (uuid, name, backend_id, model, record_id, args, state, priority, eta, channel,
                                       identity_key, description, max_retries, retry_pattern, created_at, record_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, uuid);
            ps.setString(2, job.name());
            ps.setString(3, job.backendId());
            ps.setString(4, job.model());
            if (job.recordId() == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, job.recordId());
            }
            ps.setString(6, job.argsJson());
            ps.setString(7, waits ? "wait_dependencies" : "pending");
            ps.setInt(8, job.priority());
            ps.setObject(9, timestamp(job.eta()));
            ps.setString(10, job.channel());
            ps.setString(11, job.identityKey());
            ps.setString(12, job.description());
            ps.setInt(13, job.maxRetries());
            ps.setString(14, job.retryPattern());
            ps.setObject(15, timestamp(Instant.now()));
            ps.setString(16, job.recordKey());
            ps.executeUpdate();
            if (!dependencies.isEmpty()) {
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    addDependencies(c, keys.getLong(1), dependencies);
                }
            }
        }
        return uuid;
    }

    private List<Long> dependencyIds(Connection c, List<String> uuids) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM queue_job WHERE uuid = ?")) {
            for (String uuid : uuids) {
                ps.setString(1, uuid);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("A job cannot depend on unknown job " + uuid);
                    }
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private boolean allDone(Connection c, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT state FROM queue_job WHERE id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && !"done".equals(rs.getString(1))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private void addDependencies(Connection c, long jobId, List<Long> dependencies) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO queue_job_dependency (job_id, depends_on_id) VALUES (?, ?)")) {
            for (long dependency : new HashSet<>(dependencies)) {
                ps.setLong(1, jobId);
                ps.setLong(2, dependency);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The jobs waiting on this one whose every dependency is now done become pending. */
    void promoteDependents(Connection c, long doneJobId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE queue_job SET state = 'pending'
                WHERE state = 'wait_dependencies'
                  AND id IN (SELECT job_id FROM queue_job_dependency WHERE depends_on_id = ?)
                  AND NOT EXISTS (SELECT 1 FROM queue_job_dependency d JOIN queue_job p ON p.id = d.depends_on_id
                                  WHERE d.job_id = queue_job.id AND p.state <> 'done')""")) {
            ps.setLong(1, doneJobId);
            ps.executeUpdate();
        }
    }

    private Optional<String> waitingWithIdentity(Connection c, String identityKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT uuid FROM queue_job WHERE identity_key = ? AND state IN " + WAITING_STATES + " LIMIT 1")) {
            ps.setString(1, identityKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Claims up to {@code limit} due pending jobs of one channel, best priority first, leasing them to {@code worker}.
     * A job whose record already has a running job is left for later (the unique index on running records makes it
     * sure). Candidates are read first, then each is taken with a guarded update: a job another instance took in
     * between is skipped.
     */
    public List<ClaimedJob> claim(Connection c, ChannelFilter channel, String worker, int limit, Instant leaseUntil)
            throws SQLException {
        List<ClaimedJob> candidates = new ArrayList<>();
        String sql = """
                SELECT id, uuid, name, backend_id, model, record_id, args, attempts, max_retries, retry_pattern, channel,
                       record_key
                FROM queue_job j
                WHERE state = 'pending' AND (eta IS NULL OR eta <= ?) AND %s
                  AND (record_key IS NULL OR NOT EXISTS (
                      SELECT 1 FROM queue_job r WHERE r.record_key = j.record_key AND r.state IN ('enqueued', 'started')))
                ORDER BY priority, id
                LIMIT ?""".formatted(channel.sql("j")) + lockClause(c);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setObject(i++, timestamp(Instant.now()));
            i = channel.bind(ps, i);
            ps.setInt(i, limit);
            Set<String> records = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String recordKey = rs.getString(12);
                    if (recordKey != null && !records.add(recordKey)) {
                        continue;
                    }
                    long recordId = rs.getLong(6);
                    candidates.add(new ClaimedJob(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.wasNull() ? null : recordId, rs.getString(7), rs.getInt(8) + 1,
                            rs.getInt(9), rs.getString(10), rs.getString(11)));
                }
            }
        }
        List<ClaimedJob> claimed = new ArrayList<>(candidates.size());
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE queue_job SET state = 'started', attempts = attempts + 1, worker = ?, lease_until = ?,
                                     started_at = ?
                WHERE id = ? AND state = 'pending' AND attempts = ?""")) {
            OffsetDateTime now = timestamp(Instant.now());
            for (ClaimedJob job : candidates) {
                ps.setString(1, worker);
                ps.setObject(2, timestamp(leaseUntil));
                ps.setObject(3, now);
                ps.setLong(4, job.id());
                ps.setInt(5, job.attempt() - 1);
                try {
                    if (ps.executeUpdate() == 1) {
                        claimed.add(job);
                    }
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    // another instance just started a job of the same record: this one waits its turn
                }
            }
        }
        return claimed;
    }

    /**
     * PostgreSQL locks the candidates and skips those another instance holds, so instances never fight over a job;
     * H2 reads them unlocked (its SKIP LOCKED locks every matching row) and relies on the guarded update.
     */
    private static String lockClause(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()) ? " FOR UPDATE OF j SKIP LOCKED" : "";
    }

    /** Ends a started job done; false when the job is no longer this worker's (its lease was taken back). */
    public boolean markDone(Connection c, ClaimedJob job, String worker, String result) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE queue_job SET state = 'done', result = ?, done_at = ?, lease_until = NULL
                WHERE id = ? AND state = 'started' AND worker = ? AND attempts = ?""")) {
            ps.setString(1, result);
            ps.setObject(2, timestamp(Instant.now()));
            ps.setLong(3, job.id());
            ps.setString(4, worker);
            ps.setInt(5, job.attempt());
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        promoteDependents(c, job.id());
        return true;
    }

    /** Puts a started job back to pending, to run again not before {@code eta}, keeping the error of this attempt. */
    public boolean markRetry(Connection c, ClaimedJob job, String worker, Instant eta, String error, String trace)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE queue_job SET state = 'pending', eta = ?, error = ?, trace = ?, worker = NULL, lease_until = NULL
                WHERE id = ? AND state = 'started' AND worker = ? AND attempts = ?""")) {
            ps.setObject(1, timestamp(eta));
            ps.setString(2, error);
            ps.setString(3, trace);
            ps.setLong(4, job.id());
            ps.setString(5, worker);
            ps.setInt(6, job.attempt());
            return ps.executeUpdate() == 1;
        }
    }

    public boolean markFailed(Connection c, ClaimedJob job, String worker, String error, String trace)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE queue_job SET state = 'failed', error = ?, trace = ?, done_at = ?, lease_until = NULL
                WHERE id = ? AND state = 'started' AND worker = ? AND attempts = ?""")) {
            ps.setString(1, error);
            ps.setString(2, trace);
            ps.setObject(3, timestamp(Instant.now()));
            ps.setLong(4, job.id());
            ps.setString(5, worker);
            ps.setInt(6, job.attempt());
            return ps.executeUpdate() == 1;
        }
    }

    /** Extends the leases of the jobs this worker is running, so that only a dead worker's jobs expire. */
    public int renewLeases(Connection c, String worker, Instant leaseUntil) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE queue_job SET lease_until = ? WHERE state = 'started' AND worker = ?")) {
            ps.setObject(1, timestamp(leaseUntil));
            ps.setString(2, worker);
            return ps.executeUpdate();
        }
    }

    /** Takes back started jobs whose lease ran out (their instance died): they run again. */
    public int requeueExpired(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE queue_job SET state = 'pending', worker = NULL, lease_until = NULL,
                                     error = 'lease expired: the instance running it stopped answering'
                WHERE state = 'started' AND lease_until < ?""")) {
            ps.setObject(1, timestamp(Instant.now()));
            return ps.executeUpdate();
        }
    }

    /** Deletes at most {@code batch} done jobs finished before {@code before}; returns how many. */
    public int deleteDone(Connection c, Instant before, int batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                DELETE FROM queue_job WHERE id IN (
                    SELECT id FROM queue_job WHERE state = 'done' AND done_at < ? ORDER BY id LIMIT ?)""")) {
            ps.setObject(1, timestamp(before));
            ps.setInt(2, batch);
            return ps.executeUpdate();
        }
    }

    /** Jobs per channel and state, and the age of the oldest due pending job per channel. */
    public List<ChannelCount> counts(Connection c) throws SQLException {
        List<ChannelCount> counts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT channel, state, COUNT(*), MIN(created_at) FROM queue_job GROUP BY channel, state")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime oldest = rs.getObject(4, OffsetDateTime.class);
                    counts.add(new ChannelCount(rs.getString(1), rs.getString(2), rs.getLong(3),
                            oldest == null ? null : oldest.toInstant()));
                }
            }
        }
        return counts;
    }

    /** One row of {@link #counts}. */
    public record ChannelCount(String channel, String state, long count, Instant oldestCreated) {
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
