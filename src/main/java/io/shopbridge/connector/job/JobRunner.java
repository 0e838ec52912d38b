package io.shopbridge.connector.job;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.support.SimpleEventNotifierSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.shopbridge.connector.db.Transactions;

/**
 * Runs jobs on this instance: starts and stops the engine's parts and its worker threads. The
 * {@link JobDispatcher} claims due jobs into the {@link LocalJobQueue}; one worker thread per slot of the root channel
 * takes them as channel capacity allows and runs each through a {@link JobExecution}; {@link JobOutcomeWriter}
 * records starts and ends in batches; {@link JobMaintenance} keeps leases and the table in order. The routes of
 * {@code ConnectorRoutes} call {@link #dispatch()} and {@link #maintain()} on their timers.
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
    JobWakeups wakeups;

    @Inject
    Clock clock;

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
    private volatile ExecutorService dispatcherThread;
    private volatile ExecutorService writerThread;
    private volatile LocalJobQueue local;
    private volatile JobOutcomeWriter writer;
    private volatile JobDispatcher dispatcher;
    private volatile JobExecution execution;
    private volatile JobMaintenance maintenance;

    private synchronized void start() {
        if (workers != null) {
            return;
        }
        ExecutorServiceManager executors = camelContext.getExecutorServiceManager();
        RunningJobs running = new RunningJobs(clock);
        local = new LocalJobQueue(channels.all());
        writerThread = executors.newSingleThreadExecutor(this, "shopbridge-job-writer");
        writer = new JobOutcomeWriter(store, transactions, workerId, writerThread, clock);
        dispatcherThread = executors.newSingleThreadExecutor(this, "shopbridge-job-dispatch");
        dispatcher = new JobDispatcher(store, transactions, channels.all(), local,
                new JobDispatcher.Settings(workerId, lease, prefetch, Duration.ofMillis(pollPeriodMillis)), clock,
                dispatcherThread);
        execution = new JobExecution(store, handlers, transactions, counters, writer, running,
                new JobExecution.Settings(workerId, defaultTimeout, defaultRetryPattern, retryJitter), clock, metrics);
        maintenance = new JobMaintenance(store, transactions, local, running, writer,
                new JobMaintenance.Settings(workerId, lease, keepDone, cleanupBatch), clock);
        int threads = channels.root().capacity();
        workers = executors.newFixedThreadPool(this, "shopbridge-job", threads);
        for (int i = 0; i < threads; i++) {
            workers.execute(this::work);
        }
        wakeups.listen(dispatcher::newJobs);
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

    /** Lets running jobs end, gives back the claimed jobs not started, and writes the outcomes still buffered. */
    @PreDestroy
    synchronized void stop() {
        if (workers == null || local.closed()) {
            return;
        }
        wakeups.stop();
        camelContext.getExecutorServiceManager().shutdownGraceful(dispatcherThread);
        List<ClaimedJob> unstarted = dispatcher.close();
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
    public void dispatch() {
        start();
        dispatcher.poll();
        maintenance.expireOverdue();
    }

    /** Keeps this instance's leases alive, takes back the jobs of instances that died, and deletes old done jobs. */
    public void maintain() {
        start();
        if (!local.closed()) {
            maintenance.maintain();
        }
    }

    /**
     * Jobs were committed that this instance may run (enqueued here, or a pause lifted): claim now rather than at the
     * next poll. Nothing before the engine starts: its first poll claims them.
     */
    public void newJobs() {
        JobDispatcher d = dispatcher;
        if (d != null) {
            d.newJobs();
        }
    }

    private int batchSize(ClaimedJob job) {
        return handlers.find(job.name(), job.backendId()).map(JobConsumer::batchSize).orElse(1);
    }

    /** A worker's life: take a job its channel has room for, run it, give the slot back. */
    private void work() {
        while (true) {
            LocalJobQueue.Taken taken;
            try {
                taken = local.take(this::batchSize);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (taken == null) {
                return;
            }
            if (dispatcher.runsLow(taken.channel())) {
                dispatcher.wakeUp();
            }
            try {
                execution.run(taken.jobs());
            } finally {
                local.finished(taken);
            }
        }
    }
}
