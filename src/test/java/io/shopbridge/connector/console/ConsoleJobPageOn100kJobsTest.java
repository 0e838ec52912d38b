package io.shopbridge.connector.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.shopbridge.connector.db.TransactionsFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The console's jobs list on 100,000 jobs: each filter a person uses alone is read through an index (the plan says
 * so), and walking the failed jobs a page at a time returns each one once, newest first. On a store of its own (H2, or
 * PostgreSQL in the {@code postgresql} run), migrated as the application migrates it.
 */
class ConsoleJobPageOn100kJobsTest {

    private static final int JOBS = 100_000;
    private static final int FAILED_EVERY = 100;
    private static final Instant START = Instant.parse("2026-08-01T00:00:00Z");

    private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("shopbridge.test.store"));
    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;
    private static Connection keeper;
    private static ConsoleJobs jobs;

    @BeforeAll
    static void hundredThousandJobs() throws IOException, SQLException {
        if (POSTGRESQL) {
            postgres = EmbeddedPostgres.builder().start();
            dataSource = postgres.getPostgresDatabase(java.util.Map.of("reWriteBatchedInserts", "true"));
        } else {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:console100k;DB_CLOSE_DELAY=-1");
            // H2 2.4 evaluates queue_job's generated column in the session that created the table, and fails every
            // insert once that session is closed ("The database has been closed"): one session does all here
            keeper = h2.getConnection();
            dataSource = oneSession(keeper);
        }
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/" + (POSTGRESQL ? "postgresql" : "h2")).load().migrate();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO queue_job (uuid, name, state, channel, "
                    + "backend_id, model, record_id, attempts, created_at, done_at, error) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)")) {
                for (int i = 1; i <= JOBS; i++) {
                    boolean failed = i % FAILED_EVERY == 0;
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, i % 1_000 == 1 ? "rare_job" : "job_" + (i % 10));
                    ps.setString(3, failed ? "failed" : i % 7 == 0 ? "cancelled" : "done");
                    ps.setString(4, i % 2 == 0 ? "root.magento" : "root");
                    ps.setString(5, "shop-" + (i % 3));
                    ps.setString(6, "model." + (i % 5));
                    ps.setLong(7, i % 5_000);
                    ps.setObject(8, START.plus(i, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC));
                    ps.setObject(9, START.plus(i + 1, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC));
                    ps.setString(10, failed ? "boom " + i : null);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (POSTGRESQL) {
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE queue_job");
                }
            }
            c.commit();
        }
        jobs = new ConsoleJobs(TransactionsFactory.over(dataSource));
    }

    private static DataSource oneSession(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] { Connection.class },
                (proxy, method, args) -> method.getName().equals("close") ? null : invoke(method, connection, args));
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] { DataSource.class }, (proxy, method, args) -> method.getName().equals("getConnection")
                        ? unclosable : invoke(method, new JdbcDataSource(), args));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @AfterAll
    static void dropStore() throws IOException, SQLException {
        if (postgres != null) {
            postgres.close();
        } else {
            keeper.close();
        }
    }

    @Test
    void eachFilterAloneReadsAnIndexInOrder() throws SQLException {
        assertUsesIndex(filter("failed", null, null, null),
                POSTGRESQL ? "queue_job_failed_idx" : "queue_job_state_id_idx");
        // a name that is one job in 1,000; a common one is found soon enough reading ids backwards
        assertUsesIndex(filter(null, "rare_job", null, null), "queue_job_name_id_idx");
        assertUsesIndex(filter(null, null, 4242L, null), "queue_job_record_id_idx");
        assertUsesIndex(filter("failed", "job_0", null, null), POSTGRESQL ? "queue_job_failed_idx" : "_id_idx");
    }

    @Test
    void theFailedJobsComeAPageAtATimeNewestFirstEachOnce() {
        Set<String> seen = new HashSet<>();
        long previousId = Long.MAX_VALUE;
        Long before = null;
        int pages = 0;
        do {
            JobPage page = jobs.page(new JobFilter("failed", null, null, null, null, null, null, null, before, 50));
            for (JobSummary job : page.jobs()) {
                assertEquals("failed", job.state());
                assertTrue(job.id() < previousId, "not newest first at " + job.id());
                assertTrue(seen.add(job.uuid()), "twice: " + job.uuid());
                assertEquals("boom " + job.id(), job.error());
                previousId = job.id();
            }
            before = page.nextBefore();
            pages++;
        } while (before != null);
        assertEquals(JOBS / FAILED_EVERY, seen.size());
        assertEquals(JOBS / FAILED_EVERY / 50, pages);
    }

    @Test
    void filtersCombineAndADateRangeCounts() {
        Instant since = START.plus(50_000, ChronoUnit.MINUTES);
        JobPage page = jobs.page(new JobFilter("failed", "root.magento", "job_0", "shop-1", "model.0", null, since,
                since.plus(1_000, ChronoUnit.MINUTES), null, 500));
        // failed: every 100th id; between ids 50,000 and 50,999 that is 10, all in root.magento, job_0 and model.0;
        // shop-1 keeps the ids that leave 1 divided by 3
        List<Long> ids = page.jobs().stream().map(JobSummary::id).toList();
        assertEquals(List.of(50_800L, 50_500L, 50_200L), ids);
        assertNull(page.nextBefore());
    }

    private static JobFilter filter(String state, String name, Long record, Instant since) {
        return new JobFilter(state, null, name, null, null, record, since, null, null, 50);
    }

    private static void assertUsesIndex(JobFilter filter, String index) throws SQLException {
        ConsoleJobs.Query query = jobs.pageQuery(filter);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = new ConsoleJobs.Query("EXPLAIN " + query.sql(), query.params()).prepare(c);
                ResultSet rs = ps.executeQuery()) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
            String read = plan.toString().toLowerCase(Locale.ROOT);
            assertTrue(read.contains(index), "expected " + index + " in the plan of " + filter + ":\n" + plan);
            // H2 reads the page off the index in order rather than sorting every row that matches; PostgreSQL's
            // planner sorts what an index gave when there are few rows, as its statistics let it judge
            assertTrue(POSTGRESQL || read.contains("index sorted"), "the plan of " + filter + " sorts:\n" + plan);
        }
    }
}
