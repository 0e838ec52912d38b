package io.shopbridge.connector.job;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

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
        Instant startedAt = clock.instant();
        writer.started(job, startedAt);
        Exchange exchange = consumer.createExchange(false);
        RunningJobs.Run run = running.begin(job, job.timeout() != null ? job.timeout() : settings.defaultTimeout());
        Throwable error;
        try (UnitOfWork unit = transactions.begin()) {
            Message message = exchange.getMessage();
            message.setBody(args);
            message.setHeader(JobHeaders.UUID, job.uuid());
            message.setHeader(JobHeaders.NAME, job.name());
            message.setHeader(JobHeaders.ATTEMPT, job.attempt());
            message.setHeader(JobHeaders.BACKEND, job.backendId());
            message.setHeader(JobHeaders.MODEL, job.model());
            message.setHeader(JobHeaders.RECORD_ID, job.recordId());
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
            failed(job, run, error, startedAt);
        }
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
