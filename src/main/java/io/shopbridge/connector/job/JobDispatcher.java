package io.shopbridge.connector.job;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.shopbridge.connector.db.Transactions;

/**
 * Claims due jobs per channel in batches into the local queue, on its own thread: at each poll, when the local queue
 * runs low, and as soon as new jobs are known to be committed (enqueued here, notified by the store, a resume).
 */
final class JobDispatcher {

    private static final Logger LOG = Logger.getLogger(JobDispatcher.class);

    /** What a dispatcher needs to know of the engine's configuration. */
    record Settings(String workerId, Duration lease, int prefetch, Duration pollPeriod) {
    }

    private final JobStore store;
    private final Transactions transactions;
    private final List<JobChannel> channels;
    private final LocalJobQueue local;
    private final Settings settings;
    private final Clock clock;
    private final ExecutorService thread;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean newJobs = new AtomicBoolean();
    private final Set<JobChannel> idle = new HashSet<>();
    private int rotation;

    JobDispatcher(JobStore store, Transactions transactions, List<JobChannel> channels, LocalJobQueue local,
            Settings settings, Clock clock, ExecutorService thread) {
        this.store = store;
        this.transactions = transactions;
        this.channels = List.copyOf(channels);
        this.local = local;
        this.settings = settings;
        this.clock = clock;
        this.thread = thread;
    }

    /** The poll: every channel is looked at again, the ones found empty since the last poll too. */
    synchronized void poll() {
        idle.clear();
        dispatch();
    }

    /**
     * One dispatch round: each channel, in turn from a rotating start, whose local queue is down to half its target
     * claims enough due jobs to fill it. A channel that had fewer due jobs than asked is left alone until the next
     * poll or the next news of committed jobs, so a wake-up costs no query on empty channels.
     */
    synchronized void dispatch() {
        if (local.closed()) {
            return;
        }
        if (newJobs.getAndSet(false)) {
            idle.clear();
        }
        int first = rotation++ % channels.size();
        for (int i = 0; i < channels.size(); i++) {
            JobChannel channel = channels.get((first + i) % channels.size());
            int target = target(channel);
            int queued = local.size(channel);
            if (idle.contains(channel) || queued > target / 2) {
                continue;
            }
            int want = target - queued;
            ChannelFilter filter = new ChannelFilter(channel, channels);
            List<ClaimedJob> claimed = transactions.inTransaction(
                    c -> store.claim(c, filter, settings.workerId(), want, clock.instant().plus(settings.lease())));
            if (claimed.size() < want) {
                idle.add(channel);
            }
            local.add(channel, claimed);
        }
    }

    /**
     * How many claimed jobs a channel keeps ready: what its slots run in one poll period at the pace its jobs have
     * kept here, at most {@code prefetch} per slot. Short jobs are claimed in large batches; long ones hardly ahead
     * at all, so that another instance with free slots gets them; never fewer than the channel's batches take. A
     * sequential channel claims one at a time, so that a failed job holds back the next.
     */
    int target(JobChannel channel) {
        if (channel.sequential()) {
            return 1;
        }
        return (int) (channel.capacity() * Math.max(local.batchSize(channel),
                Math.min(settings.prefetch(), local.jobsPerSlot(channel, settings.pollPeriod()))));
    }

    /**
     * Closes the local queue once no claim is in flight (a poll may run on a timer thread): a batch claimed during the
     * stop would otherwise land in a closed queue and stay leased until its lease ran out. Returns the jobs not
     * started, for the store to take back.
     */
    synchronized List<ClaimedJob> close() {
        return local.close();
    }

    /** Whether the channel's local queue is down to where it claims more. */
    boolean runsLow(JobChannel channel) {
        return local.size(channel) <= target(channel) / 2;
    }

    /** Jobs were committed that this instance may claim: look at every channel again, now. */
    void newJobs() {
        newJobs.set(true);
        wakeUp();
    }

    /** Dispatches now, on the dispatcher's thread, unless a dispatch is already waiting to run. */
    void wakeUp() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    scheduled.set(false);
                    try {
                        dispatch();
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "job dispatch failed; the next poll tries again");
                    }
                });
            } catch (RejectedExecutionException e) {
                // stopping: there is nothing more to claim, and the jobs in hand still run
                scheduled.set(false);
            }
        }
    }
}
