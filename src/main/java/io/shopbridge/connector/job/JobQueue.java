package io.shopbridge.connector.job;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.shopbridge.connector.db.Transactions;

/**
 * Enqueues jobs, in the caller's transaction: a job exists only if the work that asked for it commits. Once it
 * commits, this instance's dispatcher claims at once, without waiting for its poll.
 */
@ApplicationScoped
public class JobQueue {

    private static final Logger LOG = Logger.getLogger(JobQueue.class);

    @Inject
    JobStore store;

    @Inject
    JobCounters counters;

    @Inject
    Transactions transactions;

    @Inject
    JobRunner runner;

    private final Runnable wakeUp = () -> runner.newJobs();

    public String enqueue(Connection connection, NewJob job) throws SQLException {
        String uuid = store.enqueue(connection, job);
        transactions.afterCommit(connection, wakeUp);
        counters.count(job.channel(), JobCounters.Outcome.ENQUEUED);
        LOG.debugf("enqueued job %s %s (backend %s, %s %s)", job.name(), uuid, job.backendId(), job.model(),
                job.recordId());
        return uuid;
    }

    /** Enqueues many jobs at once, in few round trips; returns their uuids in order. */
    public List<String> enqueueAll(Connection connection, List<NewJob> jobs) throws SQLException {
        List<String> uuids = store.enqueueAll(connection, jobs);
        transactions.afterCommit(connection, wakeUp);
        jobs.forEach(job -> counters.count(job.channel(), JobCounters.Outcome.ENQUEUED));
        LOG.debugf("enqueued %d jobs", jobs.size());
        return uuids;
    }
}
