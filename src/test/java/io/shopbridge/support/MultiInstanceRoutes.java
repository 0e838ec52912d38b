package io.shopbridge.support;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import io.shopbridge.connector.job.JobHeaders;

/**
 * The job of the tests that run two engine instances on one database, run by both: the Quarkus test application
 * (instance A) and EngineNode (instance B, in a JVM of its own). Each run is recorded in {@link #RUN_TABLE} on a
 * connection of its own, committed at once rather than with the job, so that a job run twice shows twice, even when
 * its first run was cut short by a kill.
 */
@ApplicationScoped
public class MultiInstanceRoutes extends RouteBuilder {

    public static final String JOB = "multi_noop";
    public static final String RUN_TABLE = "test_job_run";
    /** This JVM as the job engine names it: the worker id of its runner is this, a slash and a suffix. */
    public static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final DataSource dataSource;

    public MultiInstanceRoutes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void configure() {
        from("job:" + JOB).routeId("multi-instance-job")
                .process(this::run);
    }

    /**
     * Recorded before the work (args' work_ms), so that a run the kill interrupts is on record too; unless args say
     * {@code "record": false} (the throughput benchmark of two instances, whose jobs must do nothing).
     */
    private void run(Exchange exchange) throws SQLException {
        Map<?, ?> args = exchange.getMessage().getBody(Map.class);
        if (!Boolean.FALSE.equals(args.get("record"))) {
            record(exchange);
        }
        if (args.get("work_ms") instanceof Number ms) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ms.longValue()));
        }
    }

    private void record(Exchange exchange) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO " + RUN_TABLE + " (uuid, instance) VALUES (?, ?)")) {
            ps.setString(1, exchange.getMessage().getHeader(JobHeaders.UUID, String.class));
            ps.setString(2, INSTANCE);
            ps.executeUpdate();
        }
    }
}
