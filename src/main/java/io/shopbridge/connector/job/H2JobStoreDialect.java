package io.shopbridge.connector.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * H2: candidates are read unlocked (its SKIP LOCKED locks every matching row) and each is taken by an update guarded
 * on the state and attempt read; statements that must tell rows apart go as JDBC batches. An H2 update rewrites the
 * row's entry in every index of the table, whichever columns it changes: the claim finds a record's claimed or
 * running job by the unique index on {@code running_record_key}, which makes an index of its own needless (V66).
 */
final class H2JobStoreDialect implements JobStoreDialect {

    @Override
    public void beforeClaim(Connection c) {
        // H2 reads the (state, priority, id) index in order without being told
    }

    @Override
    public String recordFree() {
        return "NOT EXISTS (SELECT 1 FROM queue_job r WHERE r.running_record_key = j.record_key)";
    }

    @Override
    public String lockCandidates() {
        return "";
    }

    @Override
    public List<ClaimedJob> take(Connection c, List<ClaimedJob> candidates, String worker, Instant leaseUntil)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(JobStore.CLAIM_ONE)) {
            for (ClaimedJob job : candidates) {
                JobStore.bindClaim(ps, job, worker, leaseUntil);
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            List<ClaimedJob> claimed = new ArrayList<>(candidates.size());
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    claimed.add(candidates.get(i));
                }
            }
            return claimed;
        }
    }

    @Override
    public Set<Long> markDone(Connection c, List<FinishedJob> jobs, String worker) throws SQLException {
        Set<Long> updated = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE queue_job SET state = %s, result = ?, started_at = COALESCE(started_at, ?), done_at = ?,
                                     lease_until = NULL
                WHERE id = ? AND worker = ? AND attempts = ? AND lease_until IS NOT NULL"""
                .formatted(JobState.DONE.sql()))) {
            for (FinishedJob finished : jobs) {
                ps.setString(1, finished.result());
                ps.setObject(2, JobStore.timestamp(finished.startedAt()));
                ps.setObject(3, JobStore.timestamp(finished.doneAt()));
                ps.setLong(4, finished.job().id());
                ps.setString(5, worker);
                ps.setInt(6, finished.job().attempt());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    updated.add(jobs.get(i).job().id());
                }
            }
        }
        return updated;
    }

    @Override
    public void insertAll(Connection c, List<NewJob> jobs, List<String> uuids, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(JobStore.INSERT)) {
            for (int i = 0; i < jobs.size(); i++) {
                JobStore.bindInsert(ps, uuids.get(i), jobs.get(i), JobState.PENDING, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** H2 locks the table's rows it writes; the identity check and insert of one enqueue are short enough. */
    @Override
    public void lockIdentity(Connection c, String identityKey) {
    }

    @Override
    public boolean notifiesEnqueues() {
        return false;
    }
}
