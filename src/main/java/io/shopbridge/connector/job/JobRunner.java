package io.shopbridge.connector.job;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.SimpleEventNotifierSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.db.UnitOfWork;

/**
 * Runs jobs on this instance. A dispatcher claims due jobs per channel in batches into a local queue (state
 * {@code enqueued}, leased to this instance); one worker thread per slot of the root channel takes them as channel
 * capacity allows. A job runs in one transaction with its outcome, opened only if its route touches the database: what
 * the route wrote commits together with the job's {@code done}. Starts, and the ends of jobs that wrote nothing, are
 * recorded in batches.
 */
@ApplicationScoped
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

    @Inject
    JobCounters counters;

    @Inject
    JobMetrics metrics;

    @ConfigProperty(name = "shopbridge.jobs.lease")
    Duration lease;

    @ConfigProperty(name = "shopbridge.jobs.prefetch")
    int prefetch;

    /** Milliseconds, as the dispatcher timer reads it. */
    @ConfigProperty(name = "shopbridge.jobs.poll-period")
    long pollPeriodMillis;

    @ConfigProperty(name = "shopbridge.jobs.timeout")
    Duration defaultTimeout;

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

    private volatile ExecutorService workers;
    private volatile ExecutorService dispatcher;
    private volatile ExecutorService writerThread;
    private volatile LocalJobQueue local;
    private volatile JobOutcomeWriter writer;
    private final RunningJobs running = new RunningJobs();
    private final AtomicBoolean dispatchScheduled = new AtomicBoolean();
    private int rotation;
    private final Set<JobChannel> idle = new HashSet<>();

    private synchronized void start() {
        if (workers == null) {
            local = new LocalJobQueue(channels.all());
            writerThread = camelContext.getExecutorServiceManager().newSingleThreadExecutor(this,
                    "shopbridge-job-writer");
            writer = new JobOutcomeWriter(store, transactions, workerId, writerThread);
            dispatcher = camelContext.getExecutorServiceManager().newSingleThreadExecutor(this,
                    "shopbridge-job-dispatch");
            int threads = channels.root().capacity();
            workers = camelContext.getExecutorServiceManager().newFixedThreadPool(this, "shopbridge-job", threads);
            for (int i = 0; i < threads; i++) {
                workers.execute(this::work);
            }
            // at the very start of Camel's stop, while the job routes still run: the jobs running end normally and
            // the ones claimed ahead are given back rather than failed for want of a route
            SimpleEventNotifierSupport onStopping = new SimpleEventNotifierSupport() {
                @Override
                public boolean isEnabled(CamelEvent event) {
                    return event instanceof CamelEvent.CamelContextStoppingEvent;
                }

                @Override
                public void notify(CamelEvent event) {
                    JobRunner.this.stop();
                }
            };
            camelContext.getManagementStrategy().addEventNotifier(onStopping);
            ServiceHelper.startService(onStopping);
        }
    }

    /** Lets running jobs end, gives back the claimed jobs not started, and writes the outcomes still buffered. */
    @PreDestroy
    synchronized void stop() {
        if (workers == null || local.closed()) {
            return;
        }
        camelContext.getExecutorServiceManager().shutdownGraceful(dispatcher);
        List<ClaimedJob> unstarted = local.close();
        camelContext.getExecutorServiceManager().shutdownGraceful(workers);
        camelContext.getExecutorServiceManager().shutdownGraceful(writerThread);
        writer.drain();
        if (!unstarted.isEmpty()) {
            try {
                int released = transactions.inTransaction(c -> store.release(c, unstarted, workerId));
                LOG.infof("gave back %d claimed job(s) not started", released);
            } catch (RuntimeException e) {
                LOG.warnf(e, "could not give back %d claimed job(s): they run again when their lease expires",
                        unstarted.size());
            }
        }
    }

    /**
     * The poll: every channel is looked at again, the ones found empty since the last poll too, and jobs past their
     * timeout are dealt with.
     */
    public synchronized void dispatch() {
        idle.clear();
        dispatchBusy();
        expireOverdue();
    }

    /**
     * One dispatch round: each channel, in turn from a rotating start, whose local queue is down to half its target
     * claims enough due jobs to fill it. A channel that had fewer due jobs than asked is left alone until the next
     * poll, so a wake-up costs no query on empty channels.
     */
    private synchronized void dispatchBusy() {
        start();
        if (local.closed()) {
            return;
        }
        List<JobChannel> all = channels.all();
        int first = rotation++ % all.size();
        for (int i = 0; i < all.size(); i++) {
            JobChannel channel = all.get((first + i) % all.size());
            int target = target(channel);
            int queued = local.size(channel);
            if (idle.contains(channel) || queued > target / 2) {
                continue;
            }
            int want = target - queued;
            ChannelFilter filter = new ChannelFilter(channel, all);
            List<ClaimedJob> claimed = transactions.inTransaction(
                    c -> store.claim(c, filter, workerId, want, Instant.now().plus(lease)));
            if (claimed.size() < want) {
                idle.add(channel);
            }
            local.add(channel, claimed);
        }
    }

    /**
     * How many claimed jobs a channel keeps ready: what its slots run in one poll period at the pace its jobs have
     * kept here, at most {@code prefetch} per slot. Short jobs are claimed in large batches; long ones hardly ahead
     * at all, so that another instance with free slots gets them. A sequential channel claims one at a time, so that
     * a failed job holds back the next.
     */
    private int target(JobChannel channel) {
        if (channel.sequential()) {
            return 1;
        }
        return (int) (channel.capacity() * Math.min(prefetch, local.jobsPerSlot(channel, Duration.ofMillis(pollPeriodMillis))));
    }

    /** A worker's life: take a job its channel has room for, run it, give the slot back. */
    private void work() {
        while (true) {
            LocalJobQueue.Taken taken;
            try {
                taken = local.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (taken == null) {
                return;
            }
            if (local.size(taken.channel()) <= target(taken.channel()) / 2) {
                wakeUp();
            }
            try {
                run(taken.job());
            } finally {
                local.finished(taken);
            }
        }
    }

    /** The local queue runs low: claim more now rather than at the next poll. */
    void wakeUp() {
        if (dispatcher != null && dispatchScheduled.compareAndSet(false, true)) {
            try {
                dispatcher.execute(() -> {
                    dispatchScheduled.set(false);
                    try {
                        dispatchBusy();
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "job dispatch failed; the next poll tries again");
                    }
                });
            } catch (RejectedExecutionException e) {
                // stopping: there is nothing more to claim, and the job in hand still runs
                dispatchScheduled.set(false);
            }
        }
    }

    /** Keeps this instance's leases alive, takes back the jobs of instances that died, and deletes old done jobs. */
    public void maintain() {
        start();
        if (local.closed()) {
            return;
        }
        List<ClaimedJob> held = new ArrayList<>(local.queued());
        held.addAll(running.jobs());
        writer.renewLeases(held, Instant.now().plus(lease));
        int requeued = transactions.inTransaction(store::requeueExpired);
        if (requeued > 0) {
            LOG.warnf("took back %d claimed job(s) whose lease expired", requeued);
        }
        // one batch per round keeps each delete short; a backlog shrinks round after round
        int deleted = transactions.inTransaction(c -> store.deleteDone(c, Instant.now().minus(keepDone), cleanupBatch));
        if (deleted > 0) {
            LOG.debugf("deleted %d done job(s) older than %s", deleted, keepDone);
        }
    }

    void run(ClaimedJob job) {
        try (JobLogContext logContext = JobLogContext.open(job)) {
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
        Instant startedAt = Instant.now();
        writer.started(job, startedAt);
        Exchange exchange = consumer.createExchange(false);
        RunningJobs.Run run = running.begin(job, job.timeout() != null ? job.timeout() : defaultTimeout);
        Throwable error;
        try (UnitOfWork unit = transactions.begin()) {
            exchange.getMessage().setBody(args);
            exchange.getMessage().setHeader(JobHeaders.UUID, job.uuid());
            exchange.getMessage().setHeader(JobHeaders.NAME, job.name());
            exchange.getMessage().setHeader(JobHeaders.ATTEMPT, job.attempt());
            exchange.getMessage().setHeader(JobHeaders.BACKEND, job.backendId());
            exchange.getMessage().setHeader(JobHeaders.MODEL, job.model());
            exchange.getMessage().setHeader(JobHeaders.RECORD_ID, job.recordId());
            exchange.setProperty(Transactions.UNIT_OF_WORK, unit);
            try {
                consumer.getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            } finally {
                run.leftRoute();
            }
            error = run.timedOut()
                    ? new RetryableJobError("timed out after " + run.timeout().toMillis() + " ms", exchange.getException())
                    : exchange.getException();
            if (error == null) {
                complete(job, unit, result(exchange), startedAt);
                metrics.ran(job, startedAt, JobMetrics.Outcome.DONE);
            } else {
                unit.rollback();
            }
        } catch (SQLException e) {
            throw new Transactions.DatabaseException(e);
        } finally {
            running.end(run);
            exchange.removeProperty(Transactions.UNIT_OF_WORK);
            consumer.releaseExchange(exchange, false);
        }
        if (error != null) {
            JobFailure failure = JobFailure.of(error);
            if (run.timedOut()) {
                counters.count(job.channel(), JobCounters.Outcome.TIMED_OUT);
            }
            if (failure.kind() == JobFailure.Kind.NOTHING_TO_DO) {
                writer.done(job, failure.message(), startedAt);
                counters.count(job.channel(), JobCounters.Outcome.DONE);
                metrics.ran(job, startedAt, JobMetrics.Outcome.DONE);
            } else if (failure.kind() == JobFailure.Kind.RETRYABLE && job.mayRetry()) {
                retry(job, failure);
                metrics.ran(job, startedAt, JobMetrics.Outcome.RETRIED);
            } else {
                fail(job, failure);
                metrics.ran(job, startedAt, JobMetrics.Outcome.FAILED);
            }
        }
    }

    /**
     * Interrupts the jobs running past their timeout and says so on the job, where the API shows it at once; each
     * one's outcome is then recorded as a timeout, retried as its retry pattern says.
     */
    private void expireOverdue() {
        for (RunningJobs.Run run : running.overdue(Instant.now())) {
            if (run.expire()) {
                ClaimedJob job = run.job();
                String message = "running longer than its timeout of " + run.timeout().toMillis() + " ms: interrupted";
                LOG.warnf("job %s %s is %s", job.name(), job.uuid(), message);
                transactions.inTransaction(c -> {
                    store.noteError(c, job, workerId, message);
                    return null;
                });
            }
        }
    }

    /**
     * A route that wrote to the database commits its work with the job's end, or not at all if the job is no longer
     * this instance's; a route that wrote nothing has its end recorded in the next batch.
     */
    private void complete(ClaimedJob job, UnitOfWork unit, String result, Instant startedAt) throws SQLException {
        counters.count(job.channel(), JobCounters.Outcome.DONE);
        if (!unit.opened()) {
            writer.done(job, result, startedAt);
            return;
        }
        writer.forget(job);
        if (store.markDone(unit.connection(), new FinishedJob(job, result, startedAt, Instant.now()), workerId)) {
            unit.commit();
        } else {
            unit.rollback();
            LOG.warnf("job %s %s finished after its lease was taken back: its work is rolled back", job.name(),
                    job.uuid());
        }
    }

    private void retry(ClaimedJob job, JobFailure failure) {
        Duration delay = failure.retryAfter() != null ? failure.retryAfter()
                : RetryPattern.parse(job.retryPattern() != null ? job.retryPattern() : defaultRetryPattern,
                        retryJitter).delayAfter(job.attempt());
        LOG.infof("job %s %s attempt %d failed, retrying in %d ms: %s", job.name(), job.uuid(), job.attempt(),
                delay.toMillis(), failure.message());
        counters.count(job.channel(), JobCounters.Outcome.RETRIED);
        transactions.inTransaction(c -> store.markRetry(c, job, workerId, Instant.now().plus(delay),
                failure.message(), failure.trace()));
    }

    private void fail(ClaimedJob job, JobFailure failure) {
        String message = failure.kind() == JobFailure.Kind.RETRYABLE
                ? "gave up after " + job.attempt() + " attempts: " + failure.message()
                : failure.message();
        LOG.warnf("job %s %s failed: %s", job.name(), job.uuid(), message);
        counters.count(job.channel(), JobCounters.Outcome.FAILED);
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
