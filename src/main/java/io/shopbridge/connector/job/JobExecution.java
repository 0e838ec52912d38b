package io.shopbridge.connector.job;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.jboss.logging.Logger;

import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.db.UnitOfWork;

/**
 * Runs one claimed job through its route and records the outcome. A job runs in one transaction with its outcome,
 * opened only if its route touches the database: what the route wrote commits together with the job's {@code done}.
 * A failure is classified ({@link JobFailure}): nothing to do ends the job done, a retryable one is retried as the
 * retry pattern says, anything else fails it.
 */
final class JobExecution {

    private static final Logger LOG = Logger.getLogger(JobExecution.class);

    /** What an execution needs to know of the engine's configuration. */
    record Settings(String workerId, Duration defaultTimeout, String defaultRetryPattern, double retryJitter) {
    }

    private final JobStore store;
    private final JobHandlers handlers;
    private final Transactions transactions;
    private final JobCounters counters;
    private final JobOutcomeWriter writer;
    private final RunningJobs running;
    private final Settings settings;
    private final Clock clock;
    private final JobMetrics metrics;

    JobExecution(JobStore store, JobHandlers handlers, Transactions transactions, JobCounters counters,
            JobOutcomeWriter writer, RunningJobs running, Settings settings, Clock clock, JobMetrics metrics) {
        this.store = store;
        this.handlers = handlers;
        this.transactions = transactions;
        this.counters = counters;
        this.writer = writer;
        this.running = running;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Runs one job, or a batch of jobs its route takes together (one name, backend and model): the route once, in one
     * transaction with the jobs' ends.
     */
    void run(List<ClaimedJob> jobs) {
        ClaimedJob first = jobs.get(0);
        try (JobLogContext logContext = JobLogContext.open(jobs)) {
            JobConsumer consumer = handlers.find(first.name(), first.backendId()).orElse(null);
            if (consumer == null) {
                for (ClaimedJob job : jobs) {
                    fail(job, new JobFailure(JobFailure.Kind.PERMANENT, "No route runs job '" + job.name() + "'"
                            + (job.backendId() == null ? "" : " for backend " + job.backendId()), null, null));
                }
                return;
            }
            List<ClaimedJob> runnable = new ArrayList<>(jobs.size());
            List<Map<String, Object>> args = new ArrayList<>(jobs.size());
            for (ClaimedJob job : jobs) {
                try {
                    args.add(JobArgs.fromJson(job.argsJson()));
                    runnable.add(job);
                } catch (IllegalArgumentException e) {
                    fail(job, new JobFailure(JobFailure.Kind.PERMANENT, e.getMessage(), null, null));
                }
            }
            if (runnable.size() == 1) {
                executeOne(runnable.get(0), consumer, args.get(0));
            } else if (runnable.size() > 1) {
                executeBatch(runnable, consumer, args);
            }
        } catch (RuntimeException e) {
            // the store itself failed: the lease brings the jobs back once the database answers again
            LOG.errorf(e, "job %s %s%s could not be run or recorded", first.name(), first.uuid(),
                    jobs.size() == 1 ? "" : " (batch of " + jobs.size() + ")");
        }
    }

    private void executeOne(ClaimedJob job, JobConsumer consumer, Map<String, Object> args) {
        Instant startedAt = clock.instant();
        writer.started(job, startedAt);
        metrics.routeRuns(job.name(), 1);
        Attempt attempt = runRoute(List.of(job), consumer, startedAt, message -> {
            message.setBody(args);
            message.setHeader(JobHeaders.UUID, job.uuid());
            message.setHeader(JobHeaders.ATTEMPT, job.attempt());
            message.setHeader(JobHeaders.RECORD_ID, job.recordId());
        }, (exchange, unit) -> {
            complete(job, unit, result(exchange), startedAt);
            metrics.ran(job, startedAt, JobMetrics.Outcome.DONE);
        });
        if (attempt.error() != null) {
            failed(job, attempt.run(), attempt.error(), startedAt);
        }
    }

    /**
     * A batch's outcomes are recorded one by one: its done jobs end with the transaction, the others are retried or
     * failed each on its own. A batch whose route failed as a whole is retried as a whole when the failure is
     * retryable (the shop is away, the batch timed out); otherwise its jobs run again one by one, so the one that
     * broke it fails alone.
     */
    private void executeBatch(List<ClaimedJob> jobs, JobConsumer consumer, List<Map<String, Object>> args) {
        Instant startedAt = clock.instant();
        jobs.forEach(job -> writer.started(job, startedAt));
        metrics.routeRuns(jobs.get(0).name(), jobs.size());
        List<JobBatch.Item> items = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            ClaimedJob job = jobs.get(i);
            items.add(new JobBatch.Item(job.id(), job.uuid(), job.recordId(), job.attempt(), args.get(i)));
        }
        List<JobOutcome> outcomes = new ArrayList<>();
        List<ClaimedJob> notOurs = new ArrayList<>();
        Attempt attempt = runRoute(jobs, consumer, startedAt, message -> message.setBody(new JobBatch(items)),
                (exchange, unit) -> {
                    outcomes.addAll(outcomes(exchange, jobs.size()));
                    notOurs.addAll(completeAll(jobs, outcomes, unit, startedAt));
                });
        if (attempt.error() != null) {
            if (attempt.run().timedOut() || JobFailure.of(attempt.error()).kind() == JobFailure.Kind.RETRYABLE) {
                jobs.forEach(job -> failed(job, attempt.run(), attempt.error(), startedAt));
            } else {
                LOG.infof("batch of %d %s jobs failed (%s): running them one by one", jobs.size(),
                        jobs.get(0).name(), attempt.error().getMessage());
                jobs.forEach(job -> run(List.of(job)));
            }
        } else if (!notOurs.isEmpty()) {
            // the batch's work is rolled back: the jobs still ours run again alone (a create made meanwhile is
            // found through its durable note); the others now belong to another instance
            jobs.stream().filter(job -> !notOurs.contains(job)).forEach(job -> run(List.of(job)));
        } else {
            for (int i = 0; i < jobs.size(); i++) {
                if (!outcomes.get(i).succeeded()) {
                    failed(jobs.get(i), attempt.run(), outcomes.get(i).failure(), startedAt);
                }
            }
        }
    }

    /** What the route run came to: the run (for its timeout) and the failure, null when the route succeeded. */
    private record Attempt(RunningJobs.Run run, Throwable error) {
    }

    @FunctionalInterface
    private interface Completion {
        void complete(Exchange exchange, UnitOfWork unit) throws SQLException;
    }

    /**
     * Runs the route once for the jobs in a unit of work, which {@code completion} ends when the route succeeded; a
     * failure (the route's, the timeout's, or one {@code completion} throws) rolls it back.
     */
    private Attempt runRoute(List<ClaimedJob> jobs, JobConsumer consumer, Instant startedAt,
            Consumer<Message> input, Completion completion) {
        ClaimedJob first = jobs.get(0);
        Exchange exchange = consumer.createExchange(false);
        RunningJobs.Run run = running.begin(jobs, timeout(jobs));
        Throwable error;
        try (UnitOfWork unit = transactions.begin()) {
            Message message = exchange.getMessage();
            message.setHeader(JobHeaders.NAME, first.name());
            message.setHeader(JobHeaders.BACKEND, first.backendId());
            message.setHeader(JobHeaders.MODEL, first.model());
            input.accept(message);
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
                try {
                    completion.complete(exchange, unit);
                } catch (PermanentJobError e) {
                    error = e;
                    unit.rollback();
                }
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
        return new Attempt(run, error);
    }

    private Duration timeout(List<ClaimedJob> jobs) {
        return jobs.stream().map(job -> job.timeout() != null ? job.timeout() : settings.defaultTimeout())
                .max(Duration::compareTo).orElseThrow();
    }

    /** The route's answer to a batch: an outcome per job, in the batch's order. */
    private static List<JobOutcome> outcomes(Exchange exchange, int jobs) {
        if (!(exchange.getMessage().getBody() instanceof JobBatch.Outcomes answer)) {
            throw new PermanentJobError("the route of a batch must answer JobBatch.Outcomes, not "
                    + exchange.getMessage().getBody());
        }
        if (answer.outcomes().size() != jobs) {
            throw new PermanentJobError("the route answered " + answer.outcomes().size() + " outcomes for a batch of "
                    + jobs + " jobs");
        }
        return answer.outcomes();
    }

    private void failed(ClaimedJob job, RunningJobs.Run run, Throwable error, Instant startedAt) {
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
        if (store.markDone(unit.connection(), new FinishedJob(job, result, startedAt, clock.instant()),
                settings.workerId())) {
            unit.commit();
        } else {
            unit.rollback();
            LOG.warnf("job %s %s finished after its lease was taken back: its work is rolled back", job.name(),
                    job.uuid());
        }
    }

    /**
     * Ends the batch's succeeded jobs with the route's work, in its transaction; returns the jobs no longer this
     * instance's (their lease was taken back), in which case the whole transaction is rolled back.
     */
    private List<ClaimedJob> completeAll(List<ClaimedJob> jobs, List<JobOutcome> outcomes, UnitOfWork unit,
            Instant startedAt) throws SQLException {
        Instant now = clock.instant();
        List<FinishedJob> done = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            if (outcomes.get(i).succeeded()) {
                done.add(new FinishedJob(jobs.get(i), outcomes.get(i).result(), startedAt, now));
            }
        }
        if (!unit.opened()) {
            done.forEach(end -> writer.done(end.job(), end.result(), startedAt));
        } else {
            done.forEach(end -> writer.forget(end.job()));
            List<FinishedJob> lost = done.isEmpty() ? List.of()
                    : store.markDoneAll(unit.connection(), done, settings.workerId());
            if (!lost.isEmpty()) {
                unit.rollback();
                lost.forEach(end -> LOG.warnf("job %s %s finished after its lease was taken back: its batch's work is"
                        + " rolled back", end.job().name(), end.job().uuid()));
                return lost.stream().map(FinishedJob::job).toList();
            }
            unit.commit();
        }
        for (FinishedJob end : done) {
            counters.count(end.job().channel(), JobCounters.Outcome.DONE);
            metrics.ran(end.job(), startedAt, JobMetrics.Outcome.DONE);
        }
        return List.of();
    }

    private void retry(ClaimedJob job, JobFailure failure) {
        Duration delay = failure.retryAfter() != null ? failure.retryAfter()
                : RetryPattern.parse(job.retryPattern() != null ? job.retryPattern() : settings.defaultRetryPattern(),
                        settings.retryJitter()).delayAfter(job.attempt());
        LOG.infof("job %s %s attempt %d failed, retrying in %d ms: %s", job.name(), job.uuid(), job.attempt(),
                delay.toMillis(), failure.message());
        counters.count(job.channel(), JobCounters.Outcome.RETRIED);
        transactions.inTransaction(c -> store.markRetry(c, job, settings.workerId(), clock.instant().plus(delay),
                failure.message(), failure.trace()));
    }

    private void fail(ClaimedJob job, JobFailure failure) {
        String message = failure.kind() == JobFailure.Kind.RETRYABLE
                ? "gave up after " + job.attempt() + " attempts: " + failure.message()
                : failure.message();
        LOG.warnf("job %s %s failed: %s", job.name(), job.uuid(), message);
        counters.count(job.channel(), JobCounters.Outcome.FAILED);
        transactions.inTransaction(c -> store.markFailed(c, job, settings.workerId(), message, failure.trace()));
    }

    private static String result(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            return null;
        }
        return body instanceof Map<?, ?> ? JobArgs.toJson(body) : body.toString();
    }
}
