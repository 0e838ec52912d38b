package io.shopbridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.ErpFixtures;

/**
 * Not a test: the database's own limit for a job queue, which {@code bench/run} sets the engines against. N
 * ({@code bench.jobs}) rows in a table of their own; 4 threads, each on its own connection, claim 100 pending rows at
 * a time ({@code FOR UPDATE SKIP LOCKED}, one statement) and mark them done (one statement), each statement its own
 * transaction, until none is left. Rows per second from the first claim to the last completion (the insert is not
 * counted: it is reported apart). Then the same statements on a copy of {@code queue_job} (its columns, defaults and
 * indexes, no trigger), with the N rows enqueued during the run, 1,000 per statement, and timed as the engines are:
 * from the first enqueue to the last completion. That is the limit for the engine's own table and work.
 */
@QuarkusTest
class RawSqlLimitBench {

    static final int THREADS = 4;
    static final int CLAIM = 100;

    @Inject
    DataSource dataSource;

    @Inject
    ErpFixtures db;

    @Test
    void claimAndCompletePerSecond() throws Exception {
        assumeTrue(BenchStore.isPostgresql(), "the raw SQL limit is measured on PostgreSQL");
        int n = Integer.getInteger("bench.jobs", 20_000);
        db.update("CREATE TABLE IF NOT EXISTS bench_raw_job (id BIGSERIAL PRIMARY KEY, state VARCHAR(16) NOT NULL, "
                + "priority INT NOT NULL, worker VARCHAR(64), done_at TIMESTAMP WITH TIME ZONE)");
        db.update("CREATE INDEX IF NOT EXISTS bench_raw_job_pending ON bench_raw_job (priority, id) "
                + "WHERE state = 'pending'");
        db.update("TRUNCATE bench_raw_job");
        long insertStart = System.nanoTime();
        insert(n);
        double insertSeconds = (System.nanoTime() - insertStart) / 1e9;
        measure("raw-sql", n, (worker, enqueued) -> work(worker), () -> insertSeconds);
    }

    @Test
    void onTheJobTableWithItsEnqueue() throws Exception {
        assumeTrue(BenchStore.isPostgresql(), "the raw SQL limit is measured on PostgreSQL");
        int n = Integer.getInteger("bench.jobs", 20_000);
        db.update("DROP TABLE IF EXISTS bench_raw_queue_job");
        db.update("CREATE TABLE bench_raw_queue_job (LIKE queue_job INCLUDING ALL)");
        measure("raw-sql-job-table", n, this::workOnJobTable, () -> {
            long insertStart = System.nanoTime();
            enqueueIntoJobTable(n);
            return (System.nanoTime() - insertStart) / 1e9;
        });
    }

    /** A worker's loop: rows done until none is left (and, when it waits for them, {@code enqueued} is set). */
    private interface Worker {
        int work(String worker, AtomicBoolean enqueued) throws SQLException;
    }

    /** Enqueues while the workers run, or not at all; answers how long enqueueing took. */
    private interface Enqueue {
        double seconds() throws SQLException;
    }

    /** Rows per second from the workers' start to the last row done, THREADS workers each on its own connection. */
    private void measure(String engine, int n, Worker loop, Enqueue enqueue) throws Exception {
        try (MemoryWatch memory = MemoryWatch.start()) {
            long start = System.nanoTime();
            AtomicBoolean enqueued = new AtomicBoolean();
            ExecutorService workers = Executors.newFixedThreadPool(THREADS);
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String worker = "raw-" + t;
                done.add(workers.submit(() -> loop.work(worker, enqueued)));
            }
            double insertSeconds = enqueue.seconds();
            enqueued.set(true);
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            workers.shutdown();
            assertEquals(n, total);
            memory.addTo(BenchFigures.of("engine").with("engine", engine).with("store", "postgresql")
                    .with("threads", THREADS).with("n", n).with("seconds", seconds).with("jobs_per_s", n / seconds)
                    .with("enqueue_per_s", n / insertSeconds).with("claim", CLAIM)).write();
        }
    }

    private void enqueueIntoJobTable(int n) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO bench_raw_queue_job (uuid, name, state, channel, created_at)
                SELECT gen_random_uuid()::text, 'bench_noop', 'pending', 'root', now() FROM generate_series(1, ?)""")) {
            for (int from = 0; from < n; from += 1000) {
                ps.setInt(1, Math.min(1000, n - from));
                ps.executeUpdate();
            }
        }
    }

    private int workOnJobTable(String worker, AtomicBoolean enqueued) throws SQLException {
        int done = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement claim = c.prepareStatement("""
                        UPDATE bench_raw_queue_job SET state = 'enqueued', worker = ?, attempts = attempts + 1,
                                                       lease_until = now() + INTERVAL '5 minutes'
                        WHERE id IN (SELECT id FROM bench_raw_queue_job WHERE state = 'pending'
                                     ORDER BY priority, id LIMIT %d FOR UPDATE SKIP LOCKED)
                        RETURNING id""".formatted(CLAIM));
                PreparedStatement complete = c.prepareStatement("""
                        UPDATE bench_raw_queue_job SET state = 'done', done_at = now(), lease_until = NULL
                        WHERE id = ANY (?)""")) {
            claim.setString(1, worker);
            while (true) {
                boolean last = enqueued.get();
                List<Long> ids = new ArrayList<>(CLAIM);
                try (ResultSet rs = claim.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                if (ids.isEmpty()) {
                    if (last) {
                        return done;
                    }
                    LockSupport.parkNanos(1_000_000);
                    continue;
                }
                complete.setArray(1, c.createArrayOf("bigint", ids.toArray()));
                complete.executeUpdate();
                done += ids.size();
            }
        }
    }

    private void insert(int n) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO bench_raw_job (state, priority) SELECT 'pending', 10 FROM generate_series(1, ?)")) {
            ps.setInt(1, n);
            ps.executeUpdate();
        }
    }

    private int work(String worker) throws SQLException {
        int done = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement claim = c.prepareStatement("UPDATE bench_raw_job SET state = 'started', worker = ? "
                        + "WHERE id IN (SELECT id FROM bench_raw_job WHERE state = 'pending' ORDER BY priority, id "
                        + "LIMIT " + CLAIM + " FOR UPDATE SKIP LOCKED) RETURNING id");
                PreparedStatement complete = c.prepareStatement(
                        "UPDATE bench_raw_job SET state = 'done', done_at = now() WHERE id = ANY (?)")) {
            claim.setString(1, worker);
            while (true) {
                List<Long> ids = new ArrayList<>(CLAIM);
                try (ResultSet rs = claim.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                if (ids.isEmpty()) {
                    return done;
                }
                Array array = c.createArrayOf("bigint", ids.toArray());
                complete.setArray(1, array);
                complete.executeUpdate();
                done += ids.size();
            }
        }
    }
}
