package io.shopbridge.smoke;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import io.shopbridge.reliability.AppProcess;
import io.shopbridge.reliability.ChildProcess;
import io.shopbridge.reliability.Directories;
import io.shopbridge.reliability.ErpDatabase;
import io.shopbridge.reliability.ExportTally;
import io.shopbridge.reliability.RestartablePostgres;
import io.shopbridge.reliability.ShopProcess;

/**
 * The smoke scenario of a packaged artifact, the JVM jar or the native executable alike ({@link SmokeArtifact}):
 * on an embedded PostgreSQL and a Magento 1.7 shop in its own process, the artifact starts with the prod profile and
 * is ready; it exports 200 invoices, each created once on the shop and bound in the ERP; its job and route MBeans say
 * so over JMX; a job that failed for a real reason is requeued through the jobs API once the reason is gone, and
 * ends done; SIGTERM stops it with exit code 0 and no job left claimed. Its figures go to
 * {@code bench/native-results.txt}.
 */
class ExportSmokeIT {

    private static final int INVOICES = 200;
    private static final Duration EXPORT_WITHIN = Duration.ofMinutes(3);

    @Test
    void startsExportsShowsItsMBeansRequeuesAFailedJobAndStopsClean() throws Exception {
        SmokeArtifact artifact = SmokeArtifact.fromSystemProperties();
        SmokeFigures figures = new SmokeFigures(artifact);
        Path directory = Directories.fresh(Path.of("target", "smoke", artifact.kind()));
        boolean passed = false;
        try (RestartablePostgres postgres = new RestartablePostgres(directory.resolve("pgdata"));
                ShopProcess shop = ShopProcess.start(directory, 1, Duration.ofSeconds(1))) {
            List<ShopProcess.PlacedOrder> orders = shop.placeOrders(INVOICES + 1);
            ErpDatabase erp = new ErpDatabase(postgres.jdbcUrl(), "postgres");
            // migrated first, so that the time to ready is the one of every start but the first (the targets' case)
            erp.migrate("classpath:db/migration/postgresql");
            Path workDir = directory.resolve("app");
            AppProcess.copyRoutesInto(workDir);
            int jmxPort = ChildProcess.freePort();

            try (AppProcess app = AppProcess.start("app", artifact.path(), workDir,
                    settings(shop, postgres, jmxPort), "256m")) {
                figures.timeToReady = app.sinceStart();
                figures.readStartedIn(app.logText());
                // idle: the job gauges have been read from the database and there is nothing to do
                figures.step = "idle";
                await().atMost(Duration.ofMinutes(1)).until(() -> app.jobsInFlight() == 0);
                figures.rssIdleBytes = app.rssBytes();

                figures.step = "export";
                long exportStart = System.nanoTime();
                erp.addInvoices(1, orders.subList(0, INVOICES));
                await().atMost(EXPORT_WITHIN).pollInterval(Duration.ofMillis(50)).until(
                        () -> erp.invoiceBindings().values().stream().filter(Objects::nonNull).count() == INVOICES);
                figures.exportTime = Duration.ofNanos(System.nanoTime() - exportStart);
                figures.exported = INVOICES;
                figures.rssAfterExportBytes = app.rssBytes();
                assertExportedOnceAndBound(orders.subList(0, INVOICES), shop, erp);

                figures.step = "jmx";
                try (JmxView jmx = JmxView.connect(jmxPort)) {
                    // the queue's counts are refreshed every stats period
                    await().atMost(Duration.ofSeconds(30))
                            .until(() -> jmx.number(JmxView.JOB_QUEUE, "Done") >= INVOICES);
                    assertTrue(jmx.number(JmxView.MAGENTO_CHANNEL, "Done") >= INVOICES);
                    assertEquals(2, jmx.number(JmxView.MAGENTO_CHANNEL, "Capacity"));
                    // the route's exchanges are batches of at most its batchSize (25) jobs
                    long exchanges = jmx.number(JmxView.EXPORT_ROUTE, "ExchangesCompleted");
                    assertTrue(exchanges >= (INVOICES + 24) / 25 && exchanges <= INVOICES, "exchanges " + exchanges);
                }

                figures.step = "requeue";
                requeueAfterTheCauseIsFixed(orders, shop, erp, new JobsApi(app.base()));

                figures.step = "stop";
                assertEquals(0, app.stop(Duration.ofMinutes(1)), "exit code on SIGTERM; log: " + app.logText());
                Map<String, Long> jobs = erp.jobStates();
                assertEquals(0, jobs.getOrDefault("enqueued", 0L) + jobs.getOrDefault("started", 0L),
                        "jobs left claimed: " + jobs);
                passed = true;
            }
        } finally {
            figures.append(passed);
        }
    }

    private static Map<String, String> settings(ShopProcess shop, RestartablePostgres postgres, int jmxPort) {
        Map<String, String> settings = new HashMap<>(JmxView.agentSettings(jmxPort));
        settings.put("shop.eu.url", shop.url());
        // the scenario measures exports: the shop's scheduled order import would add its own work to the figures
        settings.put("shop.eu.import-enabled", "false");
        settings.put("shop.us.import-enabled", "false");
        // the ERP writes the shop's connector_backend row with its first invoices, after the application has started
        settings.put("shopbridge.routes.check-backends", "false");
        settings.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        settings.put("quarkus.datasource.username", "postgres");
        settings.put("shopbridge.jobs.stats-period", "500");
        return settings;
    }

    private static void assertExportedOnceAndBound(List<ShopProcess.PlacedOrder> orders, ShopProcess shop,
            ErpDatabase erp) throws Exception {
        ExportTally tally = ExportTally.count(orders, shop.invoices(), erp.invoiceBindings());
        assertEquals(List.of(0L, 0L, 0L, 0L),
                List.of(tally.lost(), tally.duplicated(), tally.wrongQuantities(), tally.unbound()),
                "lost, duplicated, wrong, unbound: " + tally);
    }

    /**
     * An invoice of an order not bound to its shop order fails at once (the shop's order id is unknown); once the
     * order is bound in the ERP, an operator requeues the job and the invoice is exported.
     */
    private static void requeueAfterTheCauseIsFixed(List<ShopProcess.PlacedOrder> orders, ShopProcess shop,
            ErpDatabase erp, JobsApi jobs) throws Exception {
        List<ShopProcess.PlacedOrder> unbound = orders.subList(INVOICES, INVOICES + 1);
        erp.addInvoicesOfUnboundOrders(INVOICES + 1, unbound);
        Map<String, Object> failed = await().atMost(Duration.ofSeconds(30))
                .until(() -> jobs.list("state=failed&name=export_invoice"), list -> list.size() == 1).get(0);
        assertTrue(String.valueOf(failed.get("error")).contains("is not bound"), failed::toString);

        erp.bindOrders(INVOICES + 1, unbound);
        String uuid = (String) failed.get("uuid");
        assertEquals(200, jobs.requeue(uuid));
        await().atMost(Duration.ofSeconds(30)).until(() -> "done".equals(jobs.get(uuid).get("state")));
        assertExportedOnceAndBound(orders, shop, erp);
    }
}
