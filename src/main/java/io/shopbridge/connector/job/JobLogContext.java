package io.shopbridge.connector.job;

import org.jboss.logging.MDC;

/**
 * The job a worker thread runs, in the logging MDC while it runs, so that every line logged meanwhile (the route's, a
 * client's, the engine's) says which job, which backend and which record it concerns.
 */
final class JobLogContext implements AutoCloseable {

    static final String UUID = "job.uuid";
    static final String NAME = "job.name";
    static final String BACKEND = "job.backend";
    static final String MODEL = "job.model";
    static final String RECORD = "job.record";

    private JobLogContext() {
    }

    static JobLogContext open(ClaimedJob job) {
        MDC.put(UUID, job.uuid());
        MDC.put(NAME, job.name());
        put(BACKEND, job.backendId());
        put(MODEL, job.model());
        put(RECORD, job.recordId());
        return new JobLogContext();
    }

    private static void put(String key, Object value) {
        if (value != null) {
            MDC.put(key, value.toString());
        }
    }

    @Override
    public void close() {
        MDC.remove(UUID);
        MDC.remove(NAME);
        MDC.remove(BACKEND);
        MDC.remove(MODEL);
        MDC.remove(RECORD);
    }
}
