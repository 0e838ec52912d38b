package io.shopbridge.connector.job;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * News of jobs other instances enqueued, where the store sends it: on PostgreSQL a connection of its own LISTENs to
 * {@code shopbridge_jobs}, which an insert into queue_job notifies at commit (migration V55). On H2 there is none:
 * other instances' jobs are seen at the next poll.
 */
@ApplicationScoped
public class JobWakeups {

    private static final Logger LOG = Logger.getLogger(JobWakeups.class);
    static final String CHANNEL = "shopbridge_jobs";
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);

    @Inject
    JobStoreDialect dialect;

    @Inject
    DataSource dataSource;

    /** How long one wait for notifications lasts: a stop is seen within it. */
    @ConfigProperty(name = "shopbridge.jobs.listen-timeout")
    Duration listenTimeout;

    private volatile boolean listening;
    private Thread thread;

    /** Calls {@code onNewJobs} whenever another transaction commits new jobs; nothing where the store cannot say. */
    synchronized void listen(Runnable onNewJobs) {
        if (!dialect.notifiesEnqueues() || thread != null) {
            return;
        }
        listening = true;
        thread = new Thread(() -> loop(onNewJobs), "shopbridge-job-listen");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        listening = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void loop(Runnable onNewJobs) {
        while (listening) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try {
                    listenOn(c, onNewJobs);
                } finally {
                    // the pool keeps the session: it must not go on collecting notifications nobody reads
                    try (Statement s = c.createStatement()) {
                        s.execute("UNLISTEN " + CHANNEL);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listening) {
                    LOG.warnf("listening for new jobs failed (%s); polling meanwhile, listening again in %d ms",
                            e.getMessage(), RECONNECT_DELAY.toMillis());
                    LockSupport.parkNanos(RECONNECT_DELAY.toNanos());
                }
            }
        }
    }

    private void listenOn(Connection c, Runnable onNewJobs) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + CHANNEL);
        }
        // jobs committed while this connection was not listening yet
        onNewJobs.run();
        PGConnection pg = c.unwrap(PGConnection.class);
        while (listening) {
            PGNotification[] notifications = pg.getNotifications((int) listenTimeout.toMillis());
            if (notifications != null && notifications.length > 0) {
                onNewJobs.run();
            }
        }
    }
}
