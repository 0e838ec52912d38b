package io.shopbridge.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

import io.shopbridge.connector.event.EventHeaders;
import io.shopbridge.connector.job.JobBatch;
import io.shopbridge.connector.job.JobHeaders;
import io.shopbridge.connector.job.JobOutcome;
import io.shopbridge.connector.job.NothingToDoJob;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.job.RetryableJobError;

/** Jobs for the engine's tests: one that succeeds, one that throws, one that fails retryably a given number of times. */
@ApplicationScoped
public class TestJobRoutes extends RouteBuilder {

    /** Failures still to come, by job uuid. */
    public static final Map<String, AtomicInteger> FLAKY_FAILURES_LEFT = new ConcurrentHashMap<>();

    /** Gated jobs wait for a permit here, so tests decide when they end (no sleeps). */
    public static final Semaphore GATE = new Semaphore(0);

    public static final String LOGS_LOGGER = "shopbridge.test.job";
    /** Gated jobs running now, by the group named in their args. */
    public static final Map<String, AtomicInteger> RUNNING = new ConcurrentHashMap<>();
    public static final Map<String, AtomicInteger> MAX_RUNNING = new ConcurrentHashMap<>();
    /** The size of each batch test_batch ran, in order (1 for a job run alone). */
    public static final List<Integer> BATCH_SIZES = new CopyOnWriteArrayList<>();
    /** Uuids of the test_batch jobs whose batch fails retryably once. */
    public static final Set<String> BUSY_ONCE = ConcurrentHashMap.newKeySet();
    /** Stuck jobs wait here, interruptibly or not as their args say, until a test lets one go. */
    public static final Semaphore STUCK = new Semaphore(0);

    @Override
    public void configure() {
        // as job routes should: the engine records failures, Camel's default handler would log them again
        errorHandler(noErrorHandler());
        from("job:test_gated").routeId("test-job-gated")
                .process(exchange -> {
                    String group = (String) exchange.getMessage().getBody(Map.class).get("group");
                    int now = RUNNING.computeIfAbsent(group, g -> new AtomicInteger()).incrementAndGet();
                    MAX_RUNNING.computeIfAbsent(group, g -> new AtomicInteger()).accumulateAndGet(now, Math::max);
                    try {
                        GATE.acquire();
                    } finally {
                        RUNNING.get(group).decrementAndGet();
                    }
                });

        // an event subscription that refuses negative record ids, to show one event failing among others
        from("event:test.event.batch?kinds=create").routeId("test-event-batch")
                .process(exchange -> {
                    long record = exchange.getMessage().getHeader(EventHeaders.RECORD_ID, Long.class);
                    if (record < 0) {
                        throw new IllegalStateException("refused record " + record);
                    }
                })
                .to("job:test_noop");

        from("job:test_noop").routeId("test-job-noop")
                .setBody(simple("ok ${body[n]}"));

        // a job whose route logs a line, as the shops' routes do
        from("job:test_logs").routeId("test-job-logs")
                .log(LoggingLevel.INFO, LOGS_LOGGER, "running ${body[n]}");

        // what the throughput benchmark runs: a job with nothing to do but end
        from("job:bench_noop").routeId("bench-job-noop")
                .setBody(constant("ok"));

        from("job:test_stuck").routeId("test-job-stuck")
                .process(exchange -> {
                    if (Boolean.TRUE.equals(exchange.getMessage().getBody(Map.class).get("interruptible"))) {
                        STUCK.acquire();
                    } else {
                        STUCK.acquireUninterruptibly();
                    }
                });

        // a route that takes its jobs in batches: args {"n": .., "refuse": true} fails that job alone, "breaks": true
        // fails its whole batch (but not the job run alone), "busyOnce": true fails its batch retryably the first time
        from("job:test_batch?batchSize=10").routeId("test-job-batch")
                .process(exchange -> {
                    Object body = exchange.getMessage().getBody();
                    if (!(body instanceof JobBatch batch)) {
                        BATCH_SIZES.add(1);
                        exchange.getMessage().setBody("alone " + ((Map<?, ?>) body).get("n"));
                        return;
                    }
                    BATCH_SIZES.add(batch.items().size());
                    for (JobBatch.Item item : batch.items()) {
                        if (Boolean.TRUE.equals(item.args().get("breaks"))) {
                            throw new IllegalStateException("job " + item.args().get("n") + " breaks its batch");
                        }
                        if (Boolean.TRUE.equals(item.args().get("busyOnce")) && BUSY_ONCE.add(item.uuid())) {
                            throw new RetryableJobError("shop busy", null);
                        }
                    }
                    exchange.getMessage().setBody(batch.answer(batch.items().stream()
                            .map(item -> Boolean.TRUE.equals(item.args().get("refuse"))
                                    ? JobOutcome.failed(new PermanentJobError("refused " + item.args().get("n")))
                                    : JobOutcome.done("batched " + item.args().get("n")))
                            .toList()));
                });

        from("job:test_throws").routeId("test-job-throws")
                .throwException(new IllegalStateException("boom"));

        from("job:test_nothing").routeId("test-job-nothing")
                .throwException(new NothingToDoJob("already in sync"));

        from("job:test_flaky").routeId("test-job-flaky")
                .process(exchange -> {
                    int failures = exchange.getMessage().getBody(Map.class).get("failures") instanceof Number n
                            ? n.intValue() : 0;
                    AtomicInteger left = FLAKY_FAILURES_LEFT.computeIfAbsent(
                            exchange.getMessage().getHeader(JobHeaders.UUID, String.class),
                            uuid -> new AtomicInteger(failures));
                    if (left.getAndDecrement() > 0) {
                        throw new RetryableJobError("backend busy", null);
                    }
                    exchange.getMessage().setBody("passed on attempt "
                            + exchange.getMessage().getHeader(JobHeaders.ATTEMPT));
                });
    }
}
