package io.shopbridge.connector.job;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The life of a job, as queue_job names it: the one list of state names, which SQL text takes from here too. */
public enum JobState {
    WAIT_DEPENDENCIES, PENDING, ENQUEUED, STARTED, DONE, FAILED, CANCELLED;

    private final String dbValue = name().toLowerCase(Locale.ROOT);

    public String dbValue() {
        return dbValue;
    }

    /** The state as an SQL literal, for statements whose state conditions are constant (and so index-friendly). */
    public String sql() {
        return "'" + dbValue + "'";
    }

    /** An SQL list of states, {@code ('pending', 'enqueued')}. */
    public static String sqlList(JobState... states) {
        return Arrays.stream(states).map(JobState::sql).collect(Collectors.joining(", ", "(", ")"));
    }

    public static JobState fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
