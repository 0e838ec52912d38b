package io.shopbridge.connector.job;

/** The life of a job, as queue_job names it. */
public enum JobState {
    WAIT_DEPENDENCIES, PENDING, ENQUEUED, STARTED, DONE, FAILED, CANCELLED;

    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static JobState fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
