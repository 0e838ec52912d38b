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

    /** One job, or one batch of jobs, on one worker thread. */
    static final class Run {
        private final List<ClaimedJob> jobs;
        private final Thread thread;
        private final Duration timeout;
        private final Instant deadline;
        private boolean inRoute = true;
        private boolean timedOut;

        private Run(List<ClaimedJob> jobs, Thread thread, Duration timeout, Instant deadline) {
            this.jobs = List.copyOf(jobs);
            this.thread = thread;
            this.timeout = timeout;
            this.deadline = deadline;
        }

        List<ClaimedJob> jobs() {
            return jobs;
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

    /** Called on the worker thread that runs the jobs (one, or a batch run together). */
    Run begin(List<ClaimedJob> jobs, Duration timeout) {
        Run run = new Run(jobs, Thread.currentThread(), timeout, clock.instant().plus(timeout));
        runs.put(jobs.get(0).id(), run);
        return run;
    }

    void end(Run run) {
        runs.remove(run.jobs().get(0).id(), run);
    }

    List<ClaimedJob> jobs() {
        return runs.values().stream().flatMap(run -> run.jobs().stream()).toList();
    }

    /** The runs past their deadline that were not yet marked timed out. */
    List<Run> overdue(Instant now) {
        return runs.values().stream().filter(run -> run.deadline.isBefore(now) && !run.timedOut()).toList();
    }
}
