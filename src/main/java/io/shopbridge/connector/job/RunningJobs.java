package io.shopbridge.connector.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs running on this instance and their deadlines. A job past its timeout is interrupted if its route is still
 * running (an interrupt is how blocking Java code is asked to stop) and its outcome, whatever it is, becomes a timeout.
 */
final class RunningJobs {

    /** One job on one worker thread. */
    static final class Run {
        private final ClaimedJob job;
        private final Thread thread;
        private final Duration timeout;
        private final Instant deadline;
        private boolean inRoute = true;
        private boolean timedOut;

        private Run(ClaimedJob job, Thread thread, Duration timeout, Instant deadline) {
            this.job = job;
            this.thread = thread;
            this.timeout = timeout;
            this.deadline = deadline;
        }

        ClaimedJob job() {
            return job;
        }

        Duration timeout() {
            return timeout;
        }

        synchronized boolean timedOut() {
            return timedOut;
        }

        /**
         * The route returned. From here on the worker records the outcome, and an interrupt would only break its
         * database work; one that came too late is cleared.
         */
        synchronized void leftRoute() {
            inRoute = false;
            Thread.interrupted();
        }

        /** Marks the run timed out and interrupts its route; false if it already was. */
        synchronized boolean expire() {
            if (timedOut) {
                return false;
            }
            timedOut = true;
            if (inRoute) {
                thread.interrupt();
            }
            return true;
        }
    }

    private final Map<Long, Run> runs = new ConcurrentHashMap<>();
    private final Clock clock;

    RunningJobs(Clock clock) {
        this.clock = clock;
    }

    /** Called on the worker thread that runs the job. */
    Run begin(ClaimedJob job, Duration timeout) {
        Run run = new Run(job, Thread.currentThread(), timeout, clock.instant().plus(timeout));
        runs.put(job.id(), run);
        return run;
    }

    void end(Run run) {
        runs.remove(run.job().id(), run);
    }

    List<ClaimedJob> jobs() {
        return runs.values().stream().map(Run::job).toList();
    }

    /** The runs past their deadline that were not yet marked timed out. */
    List<Run> overdue(Instant now) {
        return runs.values().stream().filter(run -> run.deadline.isBefore(now) && !run.timedOut()).toList();
    }
}
