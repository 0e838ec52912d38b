package io.shopbridge.connector.job;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/** Enqueues jobs, in the caller's transaction: a job exists only if the work that asked for it commits. */
@ApplicationScoped
public class JobQueue {

    private static final Logger LOG = Logger.getLogger(JobQueue.class);

    @Inject
    JobStore store;

    public String enqueue(Connection connection, NewJob job) throws SQLException {
        String uuid = store.enqueue(connection, job);
        LOG.debugf("enqueued job %s %s (backend %s, %s %s)", job.name(), uuid, job.backendId(), job.model(),
                job.recordId());
        return uuid;
    }
}
