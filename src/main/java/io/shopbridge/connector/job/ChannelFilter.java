package io.shopbridge.connector.job;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL condition selecting the jobs a configured channel runs: its own and its sub-channels', less the sub-channels
 * configured on their own. A sequential channel also waits while one of its jobs is running or failed.
 */
final class ChannelFilter {

    private final JobChannel channel;
    private final List<JobChannel> excluded = new ArrayList<>();

    ChannelFilter(JobChannel channel, List<JobChannel> configured) {
        this.channel = channel;
        for (JobChannel other : configured) {
            if (other != channel && other.name().startsWith(channel.name() + ".")) {
                excluded.add(other);
            }
        }
    }

    String sql(String alias) {
        StringBuilder sql = new StringBuilder(subtree(alias));
        for (int i = 0; i < excluded.size(); i++) {
            sql.append(" AND NOT ").append(subtree(alias));
        }
        if (channel.sequential()) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM queue_job q WHERE ").append(subtree("q"))
                    .append(" AND q.state IN ")
                    .append(JobState.sqlList(JobState.ENQUEUED, JobState.STARTED, JobState.FAILED)).append(')');
        }
        return sql.toString();
    }

    int bind(PreparedStatement ps, int index) throws SQLException {
        int i = bindSubtree(ps, index, channel);
        for (JobChannel other : excluded) {
            i = bindSubtree(ps, i, other);
        }
        if (channel.sequential()) {
            i = bindSubtree(ps, i, channel);
        }
        return i;
    }

    private static String subtree(String alias) {
        return "(" + alias + ".channel = ? OR " + alias + ".channel LIKE ? ESCAPE '\\')";
    }

    private static int bindSubtree(PreparedStatement ps, int index, JobChannel c) throws SQLException {
        ps.setString(index, c.name());
        ps.setString(index + 1, c.name().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%");
        return index + 2;
    }
}
