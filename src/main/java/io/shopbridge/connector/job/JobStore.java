package io.shopbridge.connector.job;

import static io.shopbridge.connector.job.JobState.DONE;
import static io.shopbridge.connector.job.JobState.ENQUEUED;
import static io.shopbridge.connector.job.JobState.FAILED;
import static io.shopbridge.connector.job.JobState.PENDING;
import static io.shopbridge.connector.job.JobState.STARTED;
import static io.shopbridge.connector.job.JobState.WAIT_DEPENDENCIES;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The job table. Every statement binds its values. A claim takes a pending job with a guarded update (on H2) or under
 * a row lock (on PostgreSQL), so two instances never both take it; from then on a job changes state only while it is
 * still leased to the same worker and attempt ({@code worker}, {@code attempts}, {@code lease_until} in the WHERE
 * clause), so a late finisher whose lease was taken back changes nothing. Those guards name no state on purpose: a
 * state condition lets PostgreSQL's planner pick a partial index over the primary key.
 */
@ApplicationScoped
public class JobStore {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String WAITING_STATES = JobState.sqlList(WAIT_DEPENDENCIES, PENDING, ENQUEUED);
    static final String CLAIMED_STATES = JobState.sqlList(ENQUEUED, STARTED);

    @Inject
    JobStoreDialect dialect;

    @Inject
    Clock clock;

    static final String INSERT = """
            INSERT INTO queue_job (uuid, name, backend_id, model, record_id, args, state, priority, eta, channel,
                                   identity_key, description, max_retries, retry_pattern, created_at, record_key,
                                   timeout_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * Enqueues many jobs with few round trips: the plain ones (no identity key, no dependency) go in one batch
     * insert, the others one by one. Returns the uuids in effect, in order.
     */
    public List<String> enqueueAll(Connection c, List<NewJob> jobs) throws SQLException {
        List<String> uuids = new ArrayList<>(jobs.size());
        Instant now = clock.instant();
        List<NewJob> plain = new ArrayList<>(jobs.size());
        List<String> plainUuids = new ArrayList<>(jobs.size());
        for (NewJob job : jobs) {
            if (job.identityKey() != null || !job.dependsOn().isEmpty()) {
                uuids.add(enqueue(c, job));
            } else {
                String uuid = JobUuids.next(now);
                plain.add(job);
                plainUuids.add(uuid);
                uuids.add(uuid);
            }
        }
        if (!plain.isEmpty()) {
            dialect.insertAll(c, plain, plainUuids, now);
        }
        return uuids;
    }

    /**
     * Inserts the job, unless its identity key matches a job still waiting; returns the uuid in effect. On PostgreSQL
     * enqueues of one identity key are serialized until their transactions end, so two instances enqueueing the same
     * job at once still make one.
     */
    public String enqueue(Connection c, NewJob job) throws SQLException {
        if (job.identityKey() != null) {
            dialect.lockIdentity(c, job.identityKey());
            Optional<String> existing = waitingWithIdentity(c, job.identityKey());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        String uuid = JobUuids.next(clock.instant());
        List<Long> dependencies = dependencyIds(c, job.dependsOn());
        boolean waits = !dependencies.isEmpty() && !allDone(c, dependencies);
        // asking for generated keys costs PostgreSQL a RETURNING clause: only a job with dependencies needs its id
        try (PreparedStatement ps = dependencies.isEmpty() ? c.prepareStatement(INSERT)
                : c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bindInsert(ps, uuid, job, waits ? WAIT_DEPENDENCIES : PENDING, clock.instant());
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

    static void bindInsert(PreparedStatement ps, String uuid, NewJob job, JobState state, Instant now)
            throws SQLException {
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
        ps.setString(7, state.dbValue());
        ps.setInt(8, job.priority());
        ps.setObject(9, timestamp(job.eta()));
        ps.setString(10, job.channel());
        ps.setString(11, job.identityKey());
        ps.setString(12, job.description());
        ps.setInt(13, job.maxRetries());
        ps.setString(14, job.retryPattern());
        ps.setObject(15, timestamp(now));
        ps.setString(16, job.recordKey());
        if (job.timeout() == null) {
            ps.setNull(17, Types.BIGINT);
        } else {
            ps.setLong(17, job.timeout().toMillis());
        }
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
                    if (rs.next() && !DONE.dbValue().equals(rs.getString(1))) {
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

    /** The jobs waiting on these ones whose every dependency is now done become pending. */
    void promoteDependents(Connection c, List<Long> doneJobIds) throws SQLException {
        if (doneJobIds.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE queue_job SET state = %s
                WHERE state = %s
                  AND id IN (SELECT job_id FROM queue_job_dependency WHERE depends_on_id IN (%s))
                  AND NOT EXISTS (SELECT 1 FROM queue_job_dependency d JOIN queue_job p ON p.id = d.depends_on_id
                                  WHERE d.job_id = queue_job.id AND p.state <> %s)"""
                .formatted(PENDING.sql(), WAIT_DEPENDENCIES.sql(),
                        String.join(", ", Collections.nCopies(doneJobIds.size(), "?")), DONE.sql()))) {
            for (int i = 0; i < doneJobIds.size(); i++) {
                ps.setLong(i + 1, doneJobIds.get(i));
            }
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
     * Claims up to {@code limit} due pending jobs of one channel, best priority first, into state {@code enqueued}
     * leased to {@code worker}: the instance's local queue. A job whose record already has a claimed or running job
     * is left for later (the unique index on running records makes it sure). Candidates are read first, then taken
     * with guarded updates sent as one batch: a job another instance took in between is skipped.
     */
    public List<ClaimedJob> claim(Connection c, ChannelFilter channel, String worker, int limit, Instant leaseUntil)
            throws SQLException {
        List<ClaimedJob> candidates = new ArrayList<>();
        dialect.beforeClaim(c);
        // the constant state leads the ORDER BY so that H2 reads its (state, priority, id) index in order and stops
        // after `limit` rows instead of sorting every pending job
        String sql = """
                SELECT id, uuid, name, backend_id, model, record_id, args, attempts, max_retries, retry_pattern, channel,
                       record_key, priority, timeout_ms, created_at
                FROM queue_job j
                WHERE state = %s AND (eta IS NULL OR eta <= ?) AND %s
                  AND (record_key IS NULL OR %s)
                  AND %s
                ORDER BY state, priority, id
                LIMIT ?""".formatted(PENDING.sql(), channel.sql("j"), dialect.recordFree(), StoredJobPauses.CLAIMABLE)
                + dialect.lockCandidates();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setObject(i++, timestamp(clock.instant()));
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
                    Long record = rs.wasNull() ? null : recordId;
                    long timeoutMs = rs.getLong(14);
                    Long timeout = rs.wasNull() ? null : timeoutMs;
                    candidates.add(new ClaimedJob(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), record, rs.getString(7), rs.getInt(8) + 1, rs.getInt(9),
                            rs.getString(10), rs.getString(11), rs.getInt(13), timeout,
                            rs.getObject(15, OffsetDateTime.class).toInstant()));
                }
            }
        }
        if (candidates.isEmpty()) {
            return candidates;
        }
        Savepoint savepoint = c.setSavepoint();
        try {
            List<ClaimedJob> claimed = dialect.take(c, candidates, worker, leaseUntil);
            c.releaseSavepoint(savepoint);
            return claimed;
        } catch (SQLException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // another instance just claimed a job of one of these records: take the others one by one
            c.rollback(savepoint);
            return claimOneByOne(c, candidates, worker, leaseUntil);
        }
    }

    static final String CLAIM_ONE = """
            UPDATE queue_job SET state = %s, attempts = attempts + 1, worker = ?, lease_until = ?, started_at = NULL
            WHERE id = ? AND state = %s AND attempts = ?""".formatted(ENQUEUED.sql(), PENDING.sql());

    private static List<ClaimedJob> claimOneByOne(Connection c, List<ClaimedJob> candidates, String worker,
            Instant leaseUntil) throws SQLException {
        List<ClaimedJob> claimed = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(CLAIM_ONE)) {
            for (ClaimedJob job : candidates) {
                bindClaim(ps, job, worker, leaseUntil);
                // PostgreSQL aborts the whole transaction on an error unless it happens inside a savepoint
                Savepoint savepoint = c.setSavepoint();
                try {
                    if (ps.executeUpdate() == 1) {
                        claimed.add(job);
                    }
                    c.releaseSavepoint(savepoint);
                } catch (SQLException e) {
                    if (!isUniqueViolation(e)) {
                        throw e;
                    }
                    c.rollback(savepoint);
                }
            }
        }
        return claimed;
    }

    static void bindClaim(PreparedStatement ps, ClaimedJob job, String worker, Instant leaseUntil)
            throws SQLException {
        ps.setString(1, worker);
        ps.setObject(2, timestamp(leaseUntil));
        ps.setLong(3, job.id());
        ps.setInt(4, job.attempt() - 1);
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
            if (s.getCause() instanceof SQLException cause && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Marks claimed jobs started, as one batch; a job already finished or taken back is left alone. */
    public void markStarted(Connection c, List<StartedJob> jobs, String worker) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE queue_job SET state = %s, started_at = ?
                WHERE id = ? AND worker = ? AND attempts = ? AND lease_until IS NOT NULL""".formatted(STARTED.sql()))) {
            for (StartedJob started : jobs) {
                ps.setObject(1, timestamp(started.at()));
                ps.setLong(2, started.job().id());
                ps.setString(3, worker);
                ps.setInt(4, started.job().attempt());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Ends a claimed job done; false when the job is no longer this worker's (its lease was taken back). */
    public boolean markDone(Connection c, FinishedJob job, String worker) throws SQLException {
        return markDoneAll(c, List.of(job), worker).isEmpty();
    }

    /**
     * Ends claimed jobs done, as one batch, and releases the jobs that waited for them; returns the jobs that were no
     * longer this worker's (their lease was taken back).
     */
    public List<FinishedJob> markDoneAll(Connection c, List<FinishedJob> jobs, String worker) throws SQLException {
        Set<Long> updated = dialect.markDone(c, jobs, worker);
        List<FinishedJob> lost = new ArrayList<>();
        List<Long> done = new ArrayList<>(jobs.size());
        for (FinishedJob job : jobs) {
            if (updated.contains(job.job().id())) {
                done.add(job.job().id());
            } else {
                lost.add(job);
            }
        }
        promoteDependents(c, done);
        return lost;
    }

    /** Puts a claimed job back to pending, to run again not before {@code eta}, keeping the error of this attempt. */
    public boolean markRetry(Connection c, ClaimedJob job, String worker, Instant eta, String error, String trace)
            throws SQLException {
        return updateEach(c, """
                UPDATE queue_job SET state = %s, eta = ?, error = ?, trace = ?, worker = NULL, lease_until = NULL
                WHERE id = ? AND worker = ? AND attempts = ? AND lease_until IS NOT NULL""".formatted(PENDING.sql()),
                List.of(job), worker,
                timestamp(eta), error, trace) == 1;
    }

    public boolean markFailed(Connection c, ClaimedJob job, String worker, String error, String trace)
            throws SQLException {
        return updateEach(c, """
                UPDATE queue_job SET state = %s, error = ?, trace = ?, done_at = ?, lease_until = NULL
                WHERE id = ? AND worker = ? AND attempts = ? AND lease_until IS NOT NULL""".formatted(FAILED.sql()),
                List.of(job), worker, error, trace, timestamp(clock.instant())) == 1;
    }

    /** Gives back claimed jobs this instance will not run (it is stopping): they are pending again, attempt unused. */
    public int release(Connection c, List<ClaimedJob> jobs, String worker) throws SQLException {
        return updateEach(c, """
                UPDATE queue_job SET state = %s, attempts = attempts - 1, worker = NULL, lease_until = NULL
                WHERE state = %s AND id = ? AND worker = ? AND attempts = ?""".formatted(PENDING.sql(), ENQUEUED.sql()),
                jobs, worker);
    }

    /** Extends the leases of these jobs, as one batch; returns how many are still this worker's. */
    public int renewLeases(Connection c, List<ClaimedJob> jobs, String worker, Instant leaseUntil)
            throws SQLException {
        return updateEach(c, """
                UPDATE queue_job SET lease_until = ?
                WHERE lease_until IS NOT NULL AND id = ? AND worker = ? AND attempts = ?""", jobs, worker,
                timestamp(leaseUntil));
    }

    /**
     * Runs {@code sql} for each job, as one batch: its parameters are {@code leading}, then the job's id, the worker
     * and the job's attempt. Returns how many jobs it changed.
     */
    private static int updateEach(Connection c, String sql, List<ClaimedJob> jobs, String worker, Object... leading)
            throws SQLException {
        int changed = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (ClaimedJob job : jobs) {
                int i = 1;
                for (Object value : leading) {
                    ps.setObject(i++, value);
                }
                ps.setLong(i++, job.id());
                ps.setString(i++, worker);
                ps.setInt(i, job.attempt());
                ps.addBatch();
            }
            for (int count : ps.executeBatch()) {
                changed += count == 0 ? 0 : 1;
            }
        }
        return changed;
    }

    /** Notes a problem on a job still running, where the API shows it, without changing its state. */
    public void noteError(Connection c, ClaimedJob job, String worker, String error) throws SQLException {
        updateEach(c, """
                UPDATE queue_job SET error = ?
                WHERE id = ? AND worker = ? AND attempts = ? AND lease_until IS NOT NULL""", List.of(job), worker,
                error);
    }

    /**
     * Takes back claimed jobs whose lease ran out (their instance died): they run again. A job that never started
     * gets its attempt back.
     */
    public int requeueExpired(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE queue_job SET state = %s, worker = NULL, lease_until = NULL,
                                     attempts = CASE WHEN state = %s THEN attempts - 1 ELSE attempts END,
                                     error = 'lease expired: the instance running it stopped answering'
                WHERE state IN %s AND lease_until < ?""".formatted(PENDING.sql(), ENQUEUED.sql(), CLAIMED_STATES))) {
            ps.setObject(1, timestamp(clock.instant()));
            return ps.executeUpdate();
        }
    }

    /** Deletes at most {@code batch} done jobs finished before {@code before}; returns how many. */
    public int deleteDone(Connection c, Instant before, int batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                DELETE FROM queue_job WHERE id IN (
                    SELECT id FROM queue_job WHERE state = %s AND done_at < ? ORDER BY id LIMIT ?)"""
                .formatted(DONE.sql()))) {
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
