package io.shopbridge.bench;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Not a test: the export end to end, run by {@code bench/run} ({@link ExportRun}: packaged jar, PostgreSQL, the 1.7
 * sandbox over HTTP in its own JVM). At full load, N invoices ({@code bench.invoices}, a list) inserted 500 per
 * transaction as fast as the ERP side goes, while the application exports: invoices per second from the first insert
 * to the last binding. At steady rates ({@code bench.steady-rate}, a list, per second for {@code bench.steady-seconds}), one
 * invoice per transaction from 4 threads each on its own connection, after {@code bench.warm-ups} invoices (1,500) at
 * 100/s, reported apart ({@code warmup_*}: the first 15 s of an application just started, while both JVMs compile
 * their hot code). Both: latency from the insert's commit to the shop receiving the create call.
 */
class ExportEndToEndBench {

    static final int INSERTERS = 4;
    /**
     * Steady rates measure a running application: these invoices go first, at this rate, and their latencies are
     * reported apart. Fewer than 15 s of them left the JIT compiling in the measured seconds here (p99 ×2.5).
     */
    static final int WARM_UPS = Integer.getInteger("bench.warm-ups", 1500);
    static final int WARM_UP_RATE = 100;
    static final String CHANNELS = System.getProperty("bench.e2e-channels", "root:8,root.magento:8");

    @Test
    void fullLoad() throws Exception {
        assumeFalse(BenchStore.isPostgresql(), "runs once, in the default execution (it starts its own PostgreSQL)");
        for (int n : sizes("bench.invoices", "1000")) {
            try (ExportRun run = new ExportRun("full-" + n, n, CHANNELS); AppMemory memory = new AppMemory(run.app())) {
                Instant start = Instant.now();
                for (int from = 0; from < n; from += 500) {
                    run.insert(from, Math.min(500, n - from));
                }
                double insertSeconds = Duration.between(start, Instant.now()).toNanos() / 1e9;
                Instant last = run.awaitAllBound(Duration.ofSeconds(Math.max(120, n / 10)));
                double seconds = Duration.between(start, last).toNanos() / 1e9;
                run.latencies().addTo(memory.addTo(BenchFigures.of("e2e").with("load", "full").with("n", n)
                        .with("channels", CHANNELS).with("seconds", seconds).with("records_per_s", n / seconds)
                        .with("insert_per_s", n / insertSeconds))).write();
            }
        }
    }

    @Test
    void steadyRates() throws Exception {
        assumeFalse(BenchStore.isPostgresql(), "runs once, in the default execution (it starts its own PostgreSQL)");
        for (int rate : sizes("bench.steady-rate", "100")) {
            steadyRate(rate, rate * Integer.getInteger("bench.steady-seconds", 10));
        }
    }

    private static void steadyRate(int rate, int n) throws Exception {
        long period = 1_000_000_000L / rate;
        try (ExportRun run = new ExportRun("steady-" + rate, n, WARM_UPS, CHANNELS);
                AppMemory memory = new AppMemory(run.app())) {
            run.warmUp(WARM_UP_RATE);
            Instant startedAt = Instant.now();
            run.insertOne(0);
            long start = System.nanoTime();
            // paced on a schedule, not on the previous insert, by a few inserting threads: a slow commit does not
            // delay the next invoices
            ScheduledExecutorService inserters = Executors.newScheduledThreadPool(INSERTERS);
            List<ScheduledFuture<?>> inserts = new ArrayList<>(n);
            for (int i = 1; i < n; i++) {
                int invoice = i;
                inserts.add(inserters.schedule(() -> {
                    run.insertOne(invoice);
                    return null;
                }, i * period, TimeUnit.NANOSECONDS));
            }
            for (ScheduledFuture<?> insert : inserts) {
                insert.get();
            }
            inserters.shutdown();
            double insertSeconds = (System.nanoTime() - start) / 1e9;
            Instant last = run.awaitAllBound(Duration.ofSeconds(Math.max(600, n / 5)));
            double seconds = Duration.between(startedAt, last).toNanos() / 1e9;
            BenchFigures figures = BenchFigures.of("e2e").with("load", "steady").with("n", n)
                    .with("target_rate", rate).with("insert_per_s", (n - 1) / insertSeconds).with("channels", CHANNELS)
                    .with("seconds", seconds).with("records_per_s", n / seconds);
            run.warmUpLatencies().addTo(run.latencies().addTo(memory.addTo(figures)), "warmup_").write();
        }
    }

    private static int[] sizes(String property, String defaults) {
        return Arrays.stream(System.getProperty(property, defaults).split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
