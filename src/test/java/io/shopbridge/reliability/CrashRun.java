package io.shopbridge.reliability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One reliability scenario against the packaged application: a shop in its own JVM with orders placed, the same
 * orders and their invoices in the ERP, the application exporting them while the harness kills it (SIGKILL) at random
 * points and restarts it, the shop injects faults, and (on PostgreSQL) the database goes away for a while. At the end
 * the shop's own invoices are counted against the ERP's bindings.
 */
final class CrashRun {

    enum Store {
        H2_FILE, POSTGRESQL
    }

    /**
     * @param instances  applications sharing the store; the last one is the one killed
     * @param databaseOutage how long the database is stopped once, after the second kill (PostgreSQL only)
     * @param channels       the application's job channels and their capacities
     */
    record Plan(String scenario, Store store, int instances, int records, int kills, ShopChaos.Rates faults,
            Duration databaseOutage, long seed, String channels) {

        Plan(String scenario, Store store, int instances, int records, int kills, ShopChaos.Rates faults,
                Duration databaseOutage, long seed) {
            this(scenario, store, instances, records, kills, faults, databaseOutage, seed, "root:4,root.magento:2");
        }

        /** Time enough at 30 exports/s, and never less than ten minutes. */
        Duration finishWithin() {
            return Duration.ofSeconds(Math.max(600, records / 30));
        }
    }

    /** The mix of issue 7: 20% HTTP 5xx, 5% slow answers past the client's timeout, 5% lost create answers. */
    static final ShopChaos.Rates BAD_DAY = new ShopChaos.Rates(0.20, 0.05, 0.05, 0.02);

    private static final Duration CLIENT_TIMEOUT = Duration.ofMillis(1000);
    private static final Duration SLOW_ANSWER = Duration.ofMillis(1500);

    private final Plan plan;
    private final Path directory;
    private final Random random;
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakRss = new AtomicLong();
    private final List<AppProcess> apps = new ArrayList<>();
    private final AtomicLong starts = new AtomicLong();
    private int kills;
    private int outages;

    private CrashRun(Plan plan) {
        this.plan = plan;
        this.directory = RunReport.DIRECTORY.resolve(plan.scenario()).toAbsolutePath();
        this.random = new Random(plan.seed());
    }

    static RunReport run(Plan plan) throws Exception {
        return new CrashRun(plan).run();
    }

    private RunReport run() throws Exception {
        Directories.fresh(directory);
        Instant start = Instant.now();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try (ShopProcess shop = ShopProcess.start(directory, plan.seed(), SLOW_ANSWER);
                RestartablePostgres postgres = plan.store() == Store.POSTGRESQL
                        ? new RestartablePostgres(directory.resolve("pgdata")) : null) {
            List<ShopProcess.PlacedOrder> orders = shop.placeOrders(plan.records());
            Map<String, String> settings = settings(shop, postgres);
            ErpDatabase erp = erp(postgres);
            int firstWave = plan.store() == Store.POSTGRESQL ? orders.size() / 2 : orders.size();
            if (plan.store() == Store.H2_FILE) {
                // the file is the application's own while it runs: a first start creates the schema, and the ERP
                // writes while it is stopped
                startApp(0, settings).stop(Duration.ofMinutes(1));
                erp.addInvoices(1, orders);
            }
            shop.chaos(plan.faults());
            for (int i = 0; i < plan.instances(); i++) {
                apps.add(startApp(i, settings));
            }
            sampler.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
            if (plan.store() == Store.POSTGRESQL) {
                erp.addInvoices(1, orders.subList(0, firstWave));
            }
            double[] killAt = killPoints();
            for (int k = 0; k < plan.kills(); k++) {
                long threshold = (long) (killAt[k] * plan.records());
                await().atMost(plan.finishWithin()).pollInterval(Duration.ofMillis(100))
                        .until(() -> shop.invoicesCreated() >= threshold);
                int victim = apps.size() - 1;
                apps.get(victim).kill();
                kills++;
                if (k == 0 && firstWave < orders.size()) {
                    // ERP changes go on while the connector is down: their events wait in the outbox
                    erp.addInvoices(firstWave + 1, orders.subList(firstWave, orders.size()));
                }
                apps.set(victim, startApp(victim, settings));
                if (k == 1 && postgres != null && plan.databaseOutage() != null) {
                    postgres.stop();
                    outages++;
                    // the outage itself is the scenario: nothing to wait for but time
                    TimeUnit.MILLISECONDS.sleep(plan.databaseOutage().toMillis());
                    postgres.start();
                }
            }
            awaitAllExported(shop, erp);
            sampler.shutdownNow();
            for (AppProcess app : apps) {
                app.stop(Duration.ofMinutes(1));
            }
            return report(shop, erp, orders, Duration.between(start, Instant.now()));
        } finally {
            sampler.shutdownNow();
            apps.forEach(AppProcess::close);
        }
    }

    /** Three points spread over the run (early, middle, late), each drawn at random in its band. */
    private double[] killPoints() {
        double[] points = new double[plan.kills()];
        for (int k = 0; k < points.length; k++) {
            double band = 0.8 / points.length;
            points[k] = 0.1 + k * band + random.nextDouble() * band * 0.8;
        }
        return points;
    }

    private Map<String, String> settings(ShopProcess shop, RestartablePostgres postgres) {
        Map<String, String> settings = new HashMap<>();
        settings.put("shop.eu.url", shop.url());
        // the scenario counts exports: the shop's scheduled order import would compete for the same orders
        settings.put("shop.eu.import-enabled", "false");
        settings.put("shop.us.import-enabled", "false");
        // the ERP writes the shop's connector_backend row with its first invoices, after the application has started
        settings.put("shopbridge.routes.check-backends", "false");
        settings.put("shopbridge.jobs.channels", plan.channels());
        settings.put("shopbridge.jobs.lease", "5s");
        settings.put("shopbridge.jobs.maintenance-period", "1000");
        settings.put("shopbridge.jobs.stats-period", "500");
        settings.put("shopbridge.jobs.retry-pattern", "1:200ms,5:1s");
        settings.put("shopbridge.jobs.max-retries", "1000");
        settings.put("camel.component.http.response-timeout", String.valueOf(CLIENT_TIMEOUT.toMillis()));
        settings.put("camel.component.http.so-timeout", String.valueOf(CLIENT_TIMEOUT.toMillis()));
        if (postgres != null) {
            settings.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
            settings.put("quarkus.datasource.username", "postgres");
        }
        return settings;
    }

    private ErpDatabase erp(RestartablePostgres postgres) {
        if (postgres != null) {
            return new ErpDatabase(postgres.jdbcUrl(), "postgres");
        }
        // the production default, relative to the application's working directory
        return new ErpDatabase("jdbc:h2:file:" + appDirectory(0).resolve("data/shopbridge"), "sa");
    }

    private Path appDirectory(int instance) {
        return directory.resolve("app-" + instance);
    }

    private AppProcess startApp(int instance, Map<String, String> settings) throws IOException {
        Path workDir = appDirectory(instance);
        AppProcess.copyRoutesInto(workDir);
        String name = "app-" + instance + "-start" + starts.incrementAndGet();
        return AppProcess.start(name, runnable(), workDir, settings, "256m");
    }

    private Path runnable() {
        if (plan.store() == Store.POSTGRESQL) {
            return Path.of(System.getProperty("reliability.app.postgresql", "target/postgresql/quarkus-run.jar"))
                    .toAbsolutePath();
        }
        return Path.of(System.getProperty("reliability.app.h2", "target/quarkus-app/quarkus-run.jar"))
                .toAbsolutePath();
    }

    /** Until the shop has every invoice and the connector has nothing left to do. */
    private void awaitAllExported(ShopProcess shop, ErpDatabase erp) {
        await().atMost(plan.finishWithin()).pollInterval(Duration.ofMillis(250))
                .until(() -> shop.invoicesCreated() >= plan.records());
        await().atMost(plan.finishWithin()).pollInterval(Duration.ofMillis(250)).during(Duration.ofSeconds(2))
                .until(() -> apps.stream().allMatch(app -> app.jobsInFlight() == 0) && nothingPending(erp));
    }

    /** On H2 the file is the application's while it runs: its job gauges tell instead. */
    private boolean nothingPending(ErpDatabase erp) throws SQLException {
        if (plan.store() == Store.H2_FILE) {
            return true;
        }
        return erp.eventStates().getOrDefault("new", 0L) == 0
                && !erp.invoiceBindings().containsValue(null);
    }

    private void sample() {
        for (AppProcess app : apps) {
            if (app.alive()) {
                peakHeap.accumulateAndGet(app.heapUsedBytes(), Math::max);
                peakRss.accumulateAndGet(app.rssBytes(), Math::max);
            }
        }
    }

    private RunReport report(ShopProcess shop, ErpDatabase erp, List<ShopProcess.PlacedOrder> orders,
            Duration took) throws SQLException {
        ExportTally tally = ExportTally.count(orders, shop.invoices(), erp.invoiceBindings());
        Map<String, Long> jobs = erp.jobStates();
        long unfinished = jobs.entrySet().stream().filter(e -> !List.of("done", "failed", "cancelled")
                .contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        RunReport report = new RunReport(plan.scenario(), plan.store().name().toLowerCase().replace('_', ' '),
                plan.instances(), tally.records(), kills, shop.faults(), outages, tally.lost(), tally.duplicated(),
                tally.wrongQuantities(), tally.unbound(), jobs.getOrDefault("failed", 0L), unfinished,
                erp.eventStates().getOrDefault("new", 0L), took.toSeconds(), peakHeap.get() / (1024 * 1024),
                peakRss.get() / (1024 * 1024), tally.examples());
        report.write();
        return report;
    }
}
