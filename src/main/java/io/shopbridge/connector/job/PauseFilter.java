package io.shopbridge.connector.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The pauses in effect when a claim starts, as the claim's condition on a job of alias {@code j}: neither its backend
 * nor its channel nor one of its channel's ancestors is paused. Read once per claim, in the claim's transaction, so
 * that a claim with no pause in effect (the usual case) costs one read of an empty table and no condition per job.
 */
final class PauseFilter {

    private final List<String> backends = new ArrayList<>();
    private final List<String> channels = new ArrayList<>();

    static PauseFilter read(Connection c) throws SQLException {
        PauseFilter filter = new PauseFilter();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, name FROM queue_job_pause");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                (StoredJobPauses.BACKEND.equals(rs.getString(1)) ? filter.backends : filter.channels)
                        .add(rs.getString(2));
            }
        }
        return filter;
    }

    /** The condition, {@code TRUE} when nothing is paused; the prefix test uses LEFT, not LIKE, as {@code _} is a name character. */
    String sql(String alias) {
        StringBuilder sql = new StringBuilder("TRUE");
        if (!backends.isEmpty()) {
            sql.append(" AND (").append(alias).append(".backend_id IS NULL OR ").append(alias)
                    .append(".backend_id NOT IN (").append(String.join(", ", java.util.Collections.nCopies(backends.size(), "?")))
                    .append("))");
        }
        for (int i = 0; i < channels.size(); i++) {
            sql.append(" AND ").append(alias).append(".channel <> ? AND LEFT(").append(alias)
                    .append(".channel, ?) <> ?");
        }
        return sql.toString();
    }

    int bind(PreparedStatement ps, int index) throws SQLException {
        int i = index;
        for (String backend : backends) {
            ps.setString(i++, backend);
        }
        for (String channel : channels) {
            ps.setString(i++, channel);
            ps.setInt(i++, channel.length() + 1);
            ps.setString(i++, channel + ".");
        }
        return i;
    }
}
