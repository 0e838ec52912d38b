package io.shopbridge.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.shopbridge.reliability.AppProcess;
import io.shopbridge.reliability.Directories;
import io.shopbridge.reliability.ErpDatabase;
import io.shopbridge.reliability.InvoiceReceipts;
import io.shopbridge.reliability.RestartablePostgres;
import io.shopbridge.reliability.ShopProcess;

/**
 * One end-to-end run: a fresh embedded PostgreSQL (durable commits), the Magento 1.7 sandbox in a JVM of its own
 * ({@code StandaloneShop}, which notes when each invoice create call reaches it), and the packaged PostgreSQL jar with
 * the prod profile and the project's routes. Invoices are inserted into the ERP tables as the reliability runs do
 * ({@link ErpDatabase}); each one's commit time is kept to measure the time to the shop's receipt.
 */
final class ExportRun implements AutoCloseable {

    static final Path JAR = Path.of("target/postgresql/quarkus-run.jar");

    private final Path directory;
    private final RestartablePostgres postgres;
    private final ShopProcess shop;
    private final ErpDatabase erp;
    private final AppProcess app;
    private final List<ShopProcess.PlacedOrder> orders = new ArrayList<>();
    private final int warmUps;
    private final Map<String, Instant> committed = new ConcurrentHashMap<>();
    private final Map<String, Instant> warmUpCommitted = new ConcurrentHashMap<>();
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Connection> connection = ThreadLocal.withInitial(this::openConnection);

    ExportRun(String name, int invoices, String channels) throws Exception {
        this(name, invoices, 0, channels);
    }

    /**
     * @param warmUps invoices exported first by {@link #warmUp}, before the measured ones: left out of every figure
     */
    ExportRun(String name, int invoices, int warmUps, String channels) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: bench/run builds it (./mvnw -Preliability package)");
        }
        directory = Directories.fresh(Path.of("target", "bench", "e2e", name));
        postgres = new RestartablePostgres(directory.resolve("pgdata"));
        shop = ShopProcess.start(directory, 1, Duration.ofSeconds(1));
        this.warmUps = warmUps;
        for (int placed = 0; placed < warmUps + invoices; placed += 1000) {
            orders.addAll(shop.placeOrders(Math.min(1000, warmUps + invoices - placed)));
        }
        erp = new ErpDatabase(postgres.jdbcUrl(), "postgres");
        erp.migrate("classpath:db/migration/postgresql");
        Path workDir = directory.resolve("app");
        AppProcess.copyRoutesInto(workDir);
        app = AppProcess.start("app", JAR.toAbsolutePath(), workDir, Map.of("shop.eu.url", shop.url(),
                "shop.eu.import-enabled", "false", "shop.us.import-enabled", "false",
                "shopbridge.routes.check-backends", "false", "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", "postgres", "shopbridge.jobs.channels", channels), "512m");
    }

    AppProcess app() {
        return app;
    }

    /**
     * Exports the warm-up invoices one by one at {@code perSecond} and waits until they are bound: the application's
     * first calls (JIT, the shop session, pools) are then behind it, and out of the latencies; their own latencies,
     * those of an application just started, are {@link #warmUpLatencies()}.
     */
    void warmUp(int perSecond) throws Exception {
        long period = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        for (int i = 0; i < warmUps; i++) {
            long due = start + i * period;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            erp.addInvoices(connection.get(), i + 1, List.of(orders.get(i)));
            warmUpCommitted.put(orders.get(i).incrementId(), Instant.now());
        }
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                .until(erp::bound, bound -> bound.count() == warmUps);
    }

    /** Inserts invoices {@code from..from+count-1} (0-based) in one transaction; keeps its commit time. */
    void insert(int from, int count) throws Exception {
        List<ShopProcess.PlacedOrder> batch = orders.subList(warmUps + from, warmUps + from + count);
        erp.addInvoices(warmUps + from + 1, batch);
        Instant now = Instant.now();
        batch.forEach(order -> committed.put(order.incrementId(), now));
    }

    /** Inserts invoice {@code i} (0-based) on this thread's own connection, kept open: one by one at a steady rate. */
    void insertOne(int i) throws SQLException {
        ShopProcess.PlacedOrder order = orders.get(warmUps + i);
        erp.addInvoices(connection.get(), warmUps + i + 1, List.of(order));
        committed.put(order.incrementId(), Instant.now());
    }

    private Connection openConnection() {
        try {
            Connection c = erp.connect();
            connections.add(c);
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until every invoice is bound; answers when the last one was. */
    Instant awaitAllBound(Duration atMost) {
        return await().atMost(atMost).pollInterval(Duration.ofMillis(250))
                .until(erp::bound, bound -> bound.count() == orders.size()).last();
    }

    /**
     * From each invoice's commit to the shop's receipt of its create call. With {@code -Dbench.latency-dump=<file>},
     * also one line per invoice (commit time and latency, in microseconds) to see when the slow ones came.
     */
    Latencies latencies() {
        Map<String, Instant> received = InvoiceReceipts.read(ShopProcess.receipts(directory));
        String dump = System.getProperty("bench.latency-dump");
        if (dump != null) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(dump)))) {
                committed.entrySet().stream().filter(e -> received.containsKey(e.getKey()))
                        .sorted(Map.Entry.comparingByValue())
                        .forEach(e -> out.println(ChronoUnit.MICROS.between(Instant.EPOCH, e.getValue()) + " "
                                + ChronoUnit.MICROS.between(e.getValue(), received.get(e.getKey()))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return between(committed, received);
    }

    /** The same for the warm-up invoices: the latencies of the first seconds after the application's start. */
    Latencies warmUpLatencies() {
        return between(warmUpCommitted, InvoiceReceipts.read(ShopProcess.receipts(directory)));
    }

    private static Latencies between(Map<String, Instant> committed, Map<String, Instant> received) {
        return Latencies.of(committed.entrySet().stream().filter(e -> received.containsKey(e.getKey()))
                .mapToLong(e -> ChronoUnit.MICROS.between(e.getValue(), received.get(e.getKey()))).toArray());
    }

    @Override
    public void close() throws Exception {
        for (Connection c : connections) {
            c.close();
        }
        try (postgres; shop) {
            app.stop(Duration.ofMinutes(1));
        }
    }
}
