package io.shopbridge.connector.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.LockSupport;

import org.jboss.logging.Logger;

import io.shopbridge.connector.db.Transactions;

/**
 * Records job starts, and the ends of jobs whose route never touched the database, in batches: one transaction holds
 * whatever accumulated while the previous one committed. A start not yet written when its job ends is folded into the
 * end. Losing a batch (the instance dies) loses nothing: those jobs are still leased and run again.
 */
final class JobOutcomeWriter {

    private static final Logger LOG = Logger.getLogger(JobOutcomeWriter.class);
    private static final int MAX_BATCH = 1000;
    private static final Duration RETRY_DELAY = Duration.ofMillis(500);

    private final JobStore store;
    private final Transactions transactions;
    private final String worker;
    private final ExecutorService thread;
    private final Clock clock;

    private final Map<Long, StartedJob> starts = new LinkedHashMap<>();
    private final List<FinishedJob> ends = new ArrayList<>();
    private boolean flushScheduled;

    JobOutcomeWriter(JobStore store, Transactions transactions, String worker, ExecutorService thread, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.transactions = transactions;
        this.worker = worker;
        this.thread = thread;
    }

    synchronized void started(ClaimedJob job, Instant at) {
        starts.put(job.id(), new StartedJob(job, at));
        scheduleFlush();
    }

    synchronized void done(ClaimedJob job, String result, Instant startedAt) {
        starts.remove(job.id());
        ends.add(new FinishedJob(job, result, startedAt, clock.instant()));
        scheduleFlush();
    }

    /** The job's end was written in its own transaction: its start need not be written any more. */
    synchronized void forget(ClaimedJob job) {
        starts.remove(job.id());
    }

    /**
     * Extends the leases of the jobs this instance holds: {@code held} (queued and running) and those whose end is
     * not written yet. A job the instance let go of (its retry or failure could not be recorded) is left to expire
     * and run again. Runs on the writer's thread: the lease update and a batch of ends touch the same rows, and running them
     * one after the other rules out a deadlock between them.
     */
    int renewLeases(List<ClaimedJob> held, Instant until) {
        try {
            return thread.submit(() -> {
                List<ClaimedJob> jobs = new ArrayList<>(held);
                synchronized (this) {
                    ends.forEach(end -> jobs.add(end.job()));
                }
                return transactions.inTransaction(c -> store.renewLeases(c, jobs, worker, until));
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while renewing job leases", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void scheduleFlush() {
        if (!flushScheduled && !thread.isShutdown()) {
            flushScheduled = true;
            thread.execute(this::flush);
        }
    }

    /**
     * Writes what is left, on the caller's thread, once the writer's own thread is shut down: the last jobs to end
     * before a stop are recorded, not run again by another instance after the lease.
     */
    void drain() {
        while (true) {
            synchronized (this) {
                if (starts.isEmpty() && ends.isEmpty()) {
                    return;
                }
            }
            if (!writeBatch()) {
                return;
            }
        }
    }

    private void flush() {
        if (!writeBatch()) {
            // keep the thread from spinning while the database is away
            LockSupport.parkNanos(RETRY_DELAY.toNanos());
        }
        synchronized (this) {
            flushScheduled = false;
            if (!starts.isEmpty() || !ends.isEmpty()) {
                scheduleFlush();
            }
        }
    }

    /** Writes one batch; false (the batch kept for the next try) when the database refused it. */
    private boolean writeBatch() {
        List<StartedJob> startBatch;
        List<FinishedJob> endBatch;
        synchronized (this) {
            startBatch = new ArrayList<>(starts.values()).subList(0, Math.min(starts.size(), MAX_BATCH));
            endBatch = new ArrayList<>(ends.subList(0, Math.min(ends.size(), MAX_BATCH)));
            startBatch.forEach(s -> starts.remove(s.job().id()));
            ends.subList(0, endBatch.size()).clear();
        }
        try {
            List<FinishedJob> lost = transactions.inTransaction(c -> {
                if (!startBatch.isEmpty()) {
                    store.markStarted(c, startBatch, worker);
                }
                return endBatch.isEmpty() ? List.<FinishedJob>of() : store.markDoneAll(c, endBatch, worker);
            });
            for (FinishedJob job : lost) {
                LOG.warnf("job %s %s finished after its lease was taken back: it runs again", job.job().name(),
                        job.job().uuid());
            }
            return true;
        } catch (RuntimeException e) {
            // dropping them would leave the jobs leased to this live instance for ever: keep them for the next try
            LOG.errorf(e, "could not record %d job start(s) and %d end(s); trying again in %d ms", startBatch.size(),
                    endBatch.size(), RETRY_DELAY.toMillis());
            synchronized (this) {
                startBatch.forEach(s -> starts.putIfAbsent(s.job().id(), s));
                ends.addAll(0, endBatch);
            }
            return false;
        }
    }
}
