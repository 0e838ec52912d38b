package io.shopbridge.connector.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.shopbridge.connector.db.Transactions;

/**
 * Pauses as rows of {@code queue_job_pause}, which every instance's claim reads ({@link #CLAIMABLE}): a pause holds
 * on every instance from its next claim on, and a resume lets this instance claim at once.
 */
@ApplicationScoped
public class StoredJobPauses implements JobPauses {

    private static final Logger LOG = Logger.getLogger(StoredJobPauses.class);

    /**
     * The claim's condition on a job of alias {@code j}: neither its backend nor its channel nor one of its channel's
     * ancestors is paused. In the claim's own statement, so that a claim never takes a job enqueued after a pause it
     * did not see. The first test does not depend on the job: both databases evaluate it once per statement, so that
     * with no pause in effect (the usual case) no job pays for the second. The prefix is compared with LEFT, not LIKE,
     * so that a channel's {@code _} matches only itself.
     */
    static final String CLAIMABLE = """
            (NOT EXISTS (SELECT 1 FROM queue_job_pause)
             OR NOT EXISTS (SELECT 1 FROM queue_job_pause p
                            WHERE (p.kind = 'backend' AND p.name = j.backend_id)
                               OR (p.kind = 'channel' AND (p.name = j.channel
                                   OR LEFT(j.channel, LENGTH(p.name) + 1) = CONCAT(p.name, '.')))))""";

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    @Inject
    JobRunner runner;

    @Override
    public boolean pauseBackend(String backendId, String by, String reason) {
        return pause(Kind.BACKEND, backendId, by, reason);
    }

    @Override
    public boolean resumeBackend(String backendId) {
        return resume(Kind.BACKEND, backendId);
    }

    @Override
    public boolean pauseChannel(String channel, String by, String reason) {
        JobChannels.validateName(channel);
        return pause(Kind.CHANNEL, channel, by, reason);
    }

    @Override
    public boolean resumeChannel(String channel) {
        return resume(Kind.CHANNEL, channel);
    }

    @Override
    public List<Pause> paused() {
        return transactions.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT kind, name, paused_by, reason, paused_at FROM queue_job_pause ORDER BY kind, name");
                    ResultSet rs = ps.executeQuery()) {
                List<Pause> pauses = new ArrayList<>();
                while (rs.next()) {
                    pauses.add(new Pause(Kind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()));
                }
                return pauses;
            }
        });
    }

    private boolean pause(Kind kind, String name, String by, String reason) {
        boolean paused = transactions.inTransaction(c -> {
            if (exists(c, kind, name)) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO queue_job_pause (kind, name, paused_by, reason, paused_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, dbKind(kind));
                ps.setString(2, name);
                ps.setString(3, by);
                ps.setString(4, reason);
                ps.setObject(5, OffsetDateTime.now(clock));
                ps.executeUpdate();
                return true;
            }
        });
        if (paused) {
            LOG.infof("%s %s paused by %s: its jobs wait until resumed", dbKind(kind), name, by);
        }
        return paused;
    }

    private boolean resume(Kind kind, String name) {
        boolean resumed = transactions.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM queue_job_pause WHERE kind = ? AND name = ?")) {
                ps.setString(1, dbKind(kind));
                ps.setString(2, name);
                return ps.executeUpdate() == 1;
            }
        });
        if (resumed) {
            LOG.infof("%s %s resumed", dbKind(kind), name);
            runner.newJobs();
        }
        return resumed;
    }

    private static boolean exists(Connection c, Kind kind, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM queue_job_pause WHERE kind = ? AND name = ?")) {
            ps.setString(1, dbKind(kind));
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String dbKind(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
