package io.shopbridge.connector.job;

import java.util.List;
import java.util.stream.Collectors;

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

    /** A batch (jobs of one name, backend and model) names its first job and all its records. */
    static JobLogContext open(List<ClaimedJob> jobs) {
        ClaimedJob first = jobs.get(0);
        MDC.put(UUID, jobs.size() == 1 ? first.uuid() : first.uuid() + " and " + (jobs.size() - 1) + " more");
        MDC.put(NAME, first.name());
        put(BACKEND, first.backendId());
        put(MODEL, first.model());
        put(RECORD, jobs.size() == 1 ? first.recordId()
                : jobs.stream().map(job -> String.valueOf(job.recordId())).collect(Collectors.joining(",")));
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
