package io.shopbridge.connector.job;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the job store does differently per database, as db-scheduler's {@code JdbcCustomization}: how candidates are
 * locked and taken, how a batch of ends is written, how plain jobs are inserted in bulk, how enqueues of one identity
 * key are serialized. {@link JobStore} holds the statements both databases share.
 */
interface JobStoreDialect {

    /** Runs before the claim's candidate query, in its transaction. */
    void beforeClaim(Connection c) throws SQLException;

    /**
     * The claim's condition on a candidate of alias {@code j} whose record has a key: no job of that record is claimed
     * or running.
     */
    String recordFree();

    /** Appended to the candidate query: how candidates are locked while they are taken, if at all. */
    String lockCandidates();

    /** Takes the candidates into state enqueued, leased to the worker; returns those it took. */
    List<ClaimedJob> take(Connection c, List<ClaimedJob> candidates, String worker, Instant leaseUntil)
            throws SQLException;

    /** Ends the jobs done; returns the ids of those still this worker's at their attempt. */
    Set<Long> markDone(Connection c, List<FinishedJob> jobs, String worker) throws SQLException;

    /** Inserts plain jobs (no identity key, no dependency) as pending, created at {@code now}. */
    void insertAll(Connection c, List<NewJob> jobs, List<String> uuids, Instant now) throws SQLException;

    /** Holds back, until this transaction ends, another enqueue of the same identity key; nothing where not needed. */
    void lockIdentity(Connection c, String identityKey) throws SQLException;

    /** Whether {@link JobWakeups} can listen on this store for jobs enqueued by other instances. */
    boolean notifiesEnqueues();
}
