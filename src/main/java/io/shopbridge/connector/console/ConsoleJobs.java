package io.shopbridge.connector.console;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.connector.db.Transactions;

/**
 * The console's reads of {@code queue_job}: a filtered page newest first, keyed by id (the indexes of V40 serve each
 * filter alone), and one job with its dependencies.
 */
@ApplicationScoped
public class ConsoleJobs {

    private static final String SUMMARY_COLUMNS = "id, uuid, name, state, channel, backend_id, model, record_id, "
            + "attempts, max_retries, created_at, eta, done_at, SUBSTRING(error, 1, 300)";

    private final Transactions transactions;

    @Inject
    public ConsoleJobs(Transactions transactions) {
        this.transactions = transactions;
    }

    public JobPage page(JobFilter filter) {
        Query query = pageQuery(filter);
        List<JobSummary> jobs = transactions.inTransaction(c -> {
            List<JobSummary> rows = new ArrayList<>();
            try (PreparedStatement ps = query.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(summary(rs));
                }
            }
            return rows;
        });
        if (jobs.size() > filter.limit()) {
            List<JobSummary> page = jobs.subList(0, filter.limit());
            return new JobPage(List.copyOf(page), page.get(page.size() - 1).id());
        }
        return new JobPage(jobs, null);
    }

    /** The page's SQL and its parameters; one row more than the page tells whether there is a next one. */
    Query pageQuery(JobFilter f) {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM queue_job WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        condition(sql, params, "state = ?", f.state());
        condition(sql, params, "channel = ?", f.channel());
        condition(sql, params, "name = ?", f.name());
        condition(sql, params, "backend_id = ?", f.backend());
        condition(sql, params, "model = ?", f.model());
        condition(sql, params, "record_id = ?", f.record());
        condition(sql, params, "created_at >= ?", timestamp(f.since()));
        condition(sql, params, "created_at < ?", timestamp(f.until()));
        condition(sql, params, "id < ?", f.before());
        // led by the column an index of V40 starts with, which the filter fixes: the order is the same, and H2 then
        // reads the page off that index instead of sorting every row the filter matches
        String fixed = f.state() != null ? "state, "
                : f.name() != null ? "name, "
                : f.record() != null ? "record_id, " : "";
        sql.append(" ORDER BY ").append(fixed).append("id DESC LIMIT ?");
        params.add(f.limit() + 1);
        return new Query(sql.toString(), params);
    }

    public Optional<JobDetail> job(String uuid) {
        return transactions.inTransaction(c -> {
            JobDetail detail = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + ", description, priority, "
                    + "args, result, error, trace, worker, lease_until, started_at, retry_pattern FROM queue_job "
                    + "WHERE uuid = ?")) {
                ps.setString(1, uuid);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        detail = new JobDetail(summary(rs), rs.getString(15), rs.getInt(16), rs.getString(17),
                                rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21),
                                instant(rs, 22), instant(rs, 23), rs.getString(24),
                                links(c, "SELECT j.uuid, j.name, j.state FROM queue_job_dependency d JOIN queue_job j "
                                        + "ON j.id = d.depends_on_id WHERE d.job_id = ? ORDER BY j.id", rs.getLong(1)),
                                links(c, "SELECT j.uuid, j.name, j.state FROM queue_job_dependency d JOIN queue_job j "
                                        + "ON j.id = d.job_id WHERE d.depends_on_id = ? ORDER BY j.id", rs.getLong(1)));
                    }
                }
            }
            return Optional.ofNullable(detail);
        });
    }

    private static List<JobLink> links(Connection c, String sql, long id) throws SQLException {
        List<JobLink> links = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    links.add(new JobLink(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return links;
    }

    private static JobSummary summary(ResultSet rs) throws SQLException {
        long recordValue = rs.getLong(8);
        Long record = rs.wasNull() ? null : recordValue;
        return new JobSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), record, rs.getInt(9), rs.getInt(10),
                instant(rs, 11), instant(rs, 12), instant(rs, 13), rs.getString(14));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static void condition(StringBuilder sql, List<Object> params, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            params.add(value);
        }
    }

    /** SQL with its bound parameters. */
    record Query(String sql, List<Object> params) {

        PreparedStatement prepare(Connection c) throws SQLException {
            PreparedStatement ps = c.prepareStatement(sql);
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            return ps;
        }
    }
}
