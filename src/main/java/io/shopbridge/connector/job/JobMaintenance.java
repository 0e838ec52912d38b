package io.shopbridge.connector.job;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import io.shopbridge.connector.db.Transactions;

/**
 * The engine's upkeep: keeps this instance's leases alive, takes back the jobs of instances that died, deletes old done
 * jobs, and interrupts the jobs running past their timeout.
 */
final class JobMaintenance {

    private static final Logger LOG = Logger.getLogger(JobMaintenance.class);

    /** What maintenance needs to know of the engine's configuration. */
    record Settings(String workerId, Duration lease, Duration keepDone, int cleanupBatch) {
    }

    private final JobStore store;
    private final Transactions transactions;
    private final LocalJobQueue local;
    private final RunningJobs running;
    private final JobOutcomeWriter writer;
    private final Settings settings;
    private final Clock clock;

    JobMaintenance(JobStore store, Transactions transactions, LocalJobQueue local, RunningJobs running,
            JobOutcomeWriter writer, Settings settings, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.local = local;
        this.running = running;
        this.writer = writer;
        this.settings = settings;
        this.clock = clock;
    }

    void maintain() {
        List<ClaimedJob> held = new ArrayList<>(local.queued());
        held.addAll(running.jobs());
        writer.renewLeases(held, clock.instant().plus(settings.lease()));
        int requeued = transactions.inTransaction(store::requeueExpired);
        if (requeued > 0) {
            LOG.warnf("took back %d claimed job(s) whose lease expired", requeued);
        }
        // one batch per round keeps each delete short; a backlog shrinks round after round
        int deleted = transactions.inTransaction(
                c -> store.deleteDone(c, clock.instant().minus(settings.keepDone()), settings.cleanupBatch()));
        if (deleted > 0) {
            LOG.debugf("deleted %d done job(s) older than %s", deleted, settings.keepDone());
        }
    }

    /**
     * Interrupts the jobs running past their timeout and says so on the job, where the API shows it at once; each
     * one's outcome is then recorded as a timeout, retried as its retry pattern says.
     */
    void expireOverdue() {
        for (RunningJobs.Run run : running.overdue(clock.instant())) {
            if (run.expire()) {
                String message = "running longer than its timeout of " + run.timeout().toMillis() + " ms: interrupted";
                for (ClaimedJob job : run.jobs()) {
                    LOG.warnf("job %s %s is %s", job.name(), job.uuid(), message);
                }
                transactions.inTransaction(c -> {
                    for (ClaimedJob job : run.jobs()) {
                        store.noteError(c, job, settings.workerId(), message);
                    }
                    return null;
                });
            }
        }
    }
}
