package io.shopbridge.connector.console;

import io.shopbridge.connector.job.api.QueryParameters;

/** The jobs list's filter as typed (shown back in the form, wrong or not) and parsed into a {@link JobFilter}. */
public record JobsForm(String state, String channel, String name, String backend, String model, String record,
        String since, String until, String before, String limit) {

    static final int DEFAULT_LIMIT = 50;

    /** @throws io.shopbridge.connector.job.api.BadQueryParameter naming the field that does not parse */
    public JobFilter filter() {
        return new JobFilter(QueryParameters.text(state), QueryParameters.text(channel), QueryParameters.text(name),
                QueryParameters.text(backend), QueryParameters.text(model), QueryParameters.id(record, "record"),
                QueryParameters.instant(since, "since"), QueryParameters.instant(until, "until"),
                QueryParameters.id(before, "before"),
                QueryParameters.integer(limit, "limit", 1, JobFilter.MAX_LIMIT, DEFAULT_LIMIT));
    }

    /** This page's query string. */
    public String current() {
        return query(before);
    }

    /** The query string of the page after {@code nextBefore}, under the same filter. */
    public String next(Long nextBefore) {
        return query(nextBefore == null ? null : nextBefore.toString());
    }

    private String query(String page) {
        StringBuilder query = new StringBuilder();
        append(query, "state", state);
        append(query, "channel", channel);
        append(query, "name", name);
        append(query, "backend", backend);
        append(query, "model", model);
        append(query, "record", record);
        append(query, "since", since);
        append(query, "until", until);
        append(query, "limit", limit);
        append(query, "before", page);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
