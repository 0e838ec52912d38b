package io.shopbridge.connector.job;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.shopbridge.connector.db.Transactions;

/**
 * Claims due jobs up to the free worker capacity and runs each on a worker thread, in one transaction with its
 * outcome: what the job's route wrote commits together with the job's {@code done}.
 */
@ApplicationScoped
@Named("jobRunner")
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    @Inject
    JobStore store;

    @Inject
    JobHandlers handlers;

    @Inject
    Transactions transactions;

    @Inject
    CamelContext camelContext;

    @Inject
    JobChannels channels;

    @ConfigProperty(name = "shopbridge.jobs.lease")
    Duration lease;

    @ConfigProperty(name = "shopbridge.jobs.retry-pattern")
    String defaultRetryPattern;

    @ConfigProperty(name = "shopbridge.jobs.retry-jitter")
    double retryJitter;

    @ConfigProperty(name = "shopbridge.jobs.keep-done")
    Duration keepDone;

    @ConfigProperty(name = "shopbridge.jobs.cleanup-batch")
    int cleanupBatch;

    private final String workerId = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private volatile ExecutorService executor;
    private volatile ExecutorService dispatcher;
    private final AtomicBoolean dispatchScheduled = new AtomicBoolean();
    private int rotation;
    private final Set<JobChannel> idle = new HashSet<>();

    private synchronized void start() {
        if (executor == null) {
            int threads = channels.root().capacity();
            executor = camelContext.getExecutorServiceManager().newFixedThreadPool(this, "shopbridge-job", threads);
            dispatcher = camelContext.getExecutorServiceManager().newSingleThreadExecutor(this,
                    "shopbridge-job-dispatch");
        }
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            camelContext.getExecutorServiceManager().shutdownGraceful(dispatcher);
            camelContext.getExecutorServiceManager().shutdownGraceful(executor);
        }
    }

    /** The poll: every channel is looked at again, the ones found empty since the last poll too. */
    public synchronized void dispatch() {
        idle.clear();
        dispatchBusy();
    }

    /**
     * One dispatch round: each channel, in turn from a rotating start so none starves, claims as many due jobs as it
     * has free slots (its own and its ancestors') and starts them. A channel that had fewer due jobs than free slots
     * is left alone until the next poll, so a wake-up costs no query on empty channels.
     */
    private synchronized void dispatchBusy() {
        start();
        List<JobChannel> all = channels.all();
        int start = rotation++ % all.size();
        for (int i = 0; i < all.size(); i++) {
            JobChannel channel = all.get((start + i) % all.size());
            int free = Math.min(channel.free(), fairShare(channel, all));
            if (free == 0 || idle.contains(channel)) {
                continue;
            }
            ChannelFilter filter = new ChannelFilter(channel, all);
            List<ClaimedJob> claimed = transactions.inTransaction(
                    c -> store.claim(c, filter, workerId, free, Instant.now().plus(lease)));
            if (claimed.size() < free) {
                idle.add(channel);
            }
            for (ClaimedJob job : claimed) {
                channel.acquire();
                executor.execute(() -> {
                    try {
                        run(job);
                    } finally {
                        channel.release();
                        wakeUp();
                    }
                });
            }
        }
    }

    /** A root with several busy channels hands each a share of its free slots per round. */
    private static int fairShare(JobChannel channel, List<JobChannel> all) {
        JobChannel parent = channel.parent();
        if (parent == null) {
            return Integer.MAX_VALUE;
        }
        long siblings = all.stream().filter(c -> c.parent() == parent).count() + 1;
        return (int) Math.max(1, (parent.free() + siblings - 1) / siblings);
    }

    /** A worker freed a slot: dispatch again now rather than at the next poll. */
    void wakeUp() {
        if (dispatcher != null && dispatchScheduled.compareAndSet(false, true)) {
            dispatcher.execute(() -> {
                dispatchScheduled.set(false);
                try {
                    dispatchBusy();
                } catch (RuntimeException e) {
                    LOG.warnf(e, "job dispatch failed; the next poll tries again");
                }
            });
        }
    }

    /** Keeps this instance's leases alive, takes back the jobs of instances that died, and deletes old done jobs. */
    public void maintain() {
        transactions.inTransaction(c -> store.renewLeases(c, workerId, Instant.now().plus(lease)));
        int requeued = transactions.inTransaction(store::requeueExpired);
        if (requeued > 0) {
            LOG.warnf("took back %d started job(s) whose lease expired", requeued);
        }
        // one batch per round keeps each delete short; a backlog shrinks round after round
        int deleted = transactions.inTransaction(c -> store.deleteDone(c, Instant.now().minus(keepDone), cleanupBatch));
        if (deleted > 0) {
            LOG.debugf("deleted %d done job(s) older than %s", deleted, keepDone);
        }
    }

    void run(ClaimedJob job) {
        try {
            JobConsumer consumer = handlers.find(job.name(), job.backendId()).orElse(null);
            if (consumer == null) {
                fail(job, new JobFailure(JobFailure.Kind.PERMANENT, "No route runs job '" + job.name() + "'"
                        + (job.backendId() == null ? "" : " for backend " + job.backendId()), null, null));
                return;
            }
            Map<String, Object> args;
            try {
                args = JobArgs.fromJson(job.argsJson());
            } catch (IllegalArgumentException e) {
                fail(job, new JobFailure(JobFailure.Kind.PERMANENT, e.getMessage(), null, null));
                return;
            }
            execute(job, consumer, args);
        } catch (RuntimeException e) {
            // the store itself failed: the lease brings the job back once the database answers again
            LOG.errorf(e, "job %s %s could not be run or recorded", job.name(), job.uuid());
        }
    }

    private void execute(ClaimedJob job, JobConsumer consumer, Map<String, Object> args) {
        Exchange exchange = consumer.createExchange(false);
        try {
            exchange.getMessage().setBody(args);
            exchange.getMessage().setHeader(JobHeaders.UUID, job.uuid());
            exchange.getMessage().setHeader(JobHeaders.NAME, job.name());
            exchange.getMessage().setHeader(JobHeaders.ATTEMPT, job.attempt());
            exchange.getMessage().setHeader(JobHeaders.BACKEND, job.backendId());
            exchange.getMessage().setHeader(JobHeaders.MODEL, job.model());
            exchange.getMessage().setHeader(JobHeaders.RECORD_ID, job.recordId());
            Throwable error = transactions.inTransaction(connection -> {
                exchange.setProperty(Transactions.CONNECTION, connection);
                try {
                    consumer.getProcessor().process(exchange);
                } catch (Exception e) {
                    exchange.setException(e);
                }
                Throwable failure = exchange.getException();
                if (failure == null && !store.markDone(connection, job, workerId, result(exchange))) {
                    connection.rollback();
                    LOG.warnf("job %s %s finished after its lease was taken back: its work is rolled back",
                            job.name(), job.uuid());
                } else if (failure != null) {
                    connection.rollback();
                }
                return failure;
            });
            if (error != null) {
                JobFailure failure = JobFailure.of(error);
                if (failure.kind() == JobFailure.Kind.NOTHING_TO_DO) {
                    transactions.inTransaction(c -> store.markDone(c, job, workerId, failure.message()));
                } else if (failure.kind() == JobFailure.Kind.RETRYABLE && job.mayRetry()) {
                    retry(job, failure);
                } else {
                    fail(job, failure);
                }
            }
        } finally {
            exchange.removeProperty(Transactions.CONNECTION);
            consumer.releaseExchange(exchange, false);
        }
    }

    private void retry(ClaimedJob job, JobFailure failure) {
        Duration delay = failure.retryAfter() != null ? failure.retryAfter()
                : RetryPattern.parse(job.retryPattern() != null ? job.retryPattern() : defaultRetryPattern,
                        retryJitter).delayAfter(job.attempt());
        LOG.infof("job %s %s attempt %d failed, retrying in %d ms: %s", job.name(), job.uuid(), job.attempt(),
                delay.toMillis(), failure.message());
        transactions.inTransaction(c -> store.markRetry(c, job, workerId, Instant.now().plus(delay),
                failure.message(), failure.trace()));
    }

    private void fail(ClaimedJob job, JobFailure failure) {
        String message = failure.kind() == JobFailure.Kind.RETRYABLE
                ? "gave up after " + job.attempt() + " attempts: " + failure.message()
                : failure.message();
        LOG.warnf("job %s %s failed: %s", job.name(), job.uuid(), message);
        transactions.inTransaction(c -> store.markFailed(c, job, workerId, message, failure.trace()));
    }

    private static String result(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            return null;
        }
        return body instanceof Map<?, ?> ? JobArgs.toJson(body) : body.toString();
    }
}
