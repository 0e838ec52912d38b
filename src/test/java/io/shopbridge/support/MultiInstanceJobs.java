package io.shopbridge.support;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.job.JobQueue;
import io.shopbridge.connector.job.NewJob;

/** Enqueues {@link MultiInstanceRoutes}' job and reads back what became of it: job states, runs, leases. */
@ApplicationScoped
public class MultiInstanceJobs {

    /** One run of a job, by the JVM named. */
    public record Run(String uuid, String instance) {
    }

    @Inject
    ErpFixtures db;

    @Inject
    DataSource dataSource;

    @Inject
    Transactions transactions;

    @Inject
    JobQueue queue;

    private EngineNodeProcess other;

    /** Skips the test on H2, else makes the run table and starts the other instance with this lease. */
    public EngineNodeProcess setUp(String name, Duration lease) throws IOException {
        assumeTrue("postgresql".equals(System.getProperty("shopbridge.test.store")),
                "two processes cannot share the in-memory H2 database: runs on the postgresql execution only");
        db.update("CREATE TABLE " + MultiInstanceRoutes.RUN_TABLE
                + " (uuid VARCHAR(36) NOT NULL, instance VARCHAR(128) NOT NULL)");
        other = EngineNodeProcess.start(name, lease);
        return other;
    }

    /**
     * Removes the jobs and the run table, so that the next tests find the queue as they expect it. A test that ended
     * early leaves jobs this instance has claimed ahead: they are cancelled or left to end first, or this instance
     * would run them during the next test.
     */
    public void cleanUp() throws InterruptedException {
        if (other != null) {
            other.kill();
            other = null;
        }
        if (db.value(Long.class, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = ?",
                MultiInstanceRoutes.RUN_TABLE) == 0) {
            return;
        }
        db.update("UPDATE queue_job SET state = 'cancelled' WHERE name = ? AND state = 'pending'",
                MultiInstanceRoutes.JOB);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> claimedBy(MultiInstanceRoutes.INSTANCE).isEmpty());
        db.update("DELETE FROM queue_job WHERE name = ?", MultiInstanceRoutes.JOB);
        db.update("DROP TABLE IF EXISTS " + MultiInstanceRoutes.RUN_TABLE);
    }

    /** All in one transaction: both instances find them at once. */
    public void enqueue(int count, int workMillis) {
        enqueueWithArgs(count, "{\"work_ms\": " + workMillis + "}");
    }

    /** As {@link #enqueue}, jobs that do nothing and leave no run record: what a throughput benchmark runs. */
    public void enqueueNoops(int count) {
        enqueueWithArgs(count, "{\"record\": false}");
    }

    private void enqueueWithArgs(int count, String args) {
        NewJob job = new NewJob(MultiInstanceRoutes.JOB, null, null, null, args, 10, null, 5, null, "root", null, null,
                null);
        transactions.inTransaction(c -> queue.enqueueAll(c, Collections.nCopies(count, job)));
    }

    public void awaitNoneWaitingOrRunning(Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> db.value(Long.class,
                "SELECT COUNT(*) FROM queue_job WHERE name = ? AND state IN ('pending', 'enqueued', 'started')",
                MultiInstanceRoutes.JOB) == 0);
    }

    public long count(String state) {
        return db.value(Long.class, "SELECT COUNT(*) FROM queue_job WHERE name = ? AND state = ?",
                MultiInstanceRoutes.JOB, state);
    }

    public List<Run> runs() {
        return rows("SELECT uuid, instance FROM " + MultiInstanceRoutes.RUN_TABLE).stream()
                .map(row -> new Run(row[0], row[1])).toList();
    }

    /**
     * Waits until PostgreSQL has ended every session of that application: a transaction a killed process sent just
     * before it died has committed or rolled back by then.
     */
    public void awaitSessionsEnded(String applicationName) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10)).until(() -> db.value(Long.class,
                "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?", applicationName) == 0);
    }

    /** The uuids of the jobs claimed (enqueued or started) by that JVM's job runner. */
    public List<String> claimedBy(String instance) {
        return rows("SELECT uuid, worker FROM queue_job WHERE name = ? AND state IN ('enqueued', 'started')",
                MultiInstanceRoutes.JOB).stream()
                .filter(row -> row[1].startsWith(instance + "/")).map(row -> row[0]).toList();
    }

    private List<String[]> rows(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ErpFixtures.bind(ps, params);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] { rs.getString(1), rs.getString(2) });
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
