package io.shopbridge.connector.job;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.ConsoleHandler;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shopbridge.connector.db.StoreNotifications;
import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.db.TransactionsFactory;
import io.shopbridge.support.MultiInstanceRoutes;

/**
 * A second job engine instance in a JVM of its own, for the tests of several instances on one database: the
 * production job classes wired by hand (no CDI here) on PostgreSQL, running {@link MultiInstanceRoutes}' job. Takes
 * system properties named as the application's settings; prints {@code READY <instance>} once it is polling. Runs
 * until killed; SIGTERM stops it as the application stops.
 */
public final class EngineNode {

    /** The PostgreSQL application_name of its sessions. */
    public static final String APPLICATION_NAME = "shopbridge-engine-node";

    private static final Logger LOG = Logger.getLogger(EngineNode.class);

    private EngineNode() {
    }

    public static void main(String[] args) throws Exception {
        exitWithParent();
        // Quarkus configures the application's logging; nothing does here, and a log manager without a handler is mute
        java.util.logging.Logger.getLogger("").addHandler(new ConsoleHandler());
        DataSource dataSource = pool();
        CamelContext camel = new DefaultCamelContext();
        JobRunner runner = wire(dataSource, camel, Duration.parse(setting("shopbridge.jobs.lease")),
                setting("shopbridge.jobs.channels"));
        camel.addRoutes(new MultiInstanceRoutes(dataSource));
        camel.start();
        // SIGTERM stops Camel as the application does on shutdown: the engine gives back what it has not started
        Runtime.getRuntime().addShutdownHook(new Thread(camel::stop, "engine-node-stop"));
        // the application's Camel timers, at the test profile's poll period; leases renewed well within a 2 s lease
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
        timers.scheduleWithFixedDelay(carryOn(runner::dispatch), 0, 50, TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(carryOn(runner::maintain), 0, 500, TimeUnit.MILLISECONDS);
        System.out.println("READY " + MultiInstanceRoutes.INSTANCE);
    }

    /** What CDI does in the application; the settings not given are the test profile's. */
    static JobRunner wire(DataSource dataSource, CamelContext camel, Duration lease, String channelConfiguration) {
        Transactions transactions = TransactionsFactory.over(dataSource);
        Clock clock = Clock.systemUTC();
        JobStoreDialect dialect = setting("quarkus.datasource.jdbc.url").startsWith("jdbc:postgresql:")
                ? new PostgresJobStoreDialect() : new H2JobStoreDialect();
        JobStore store = new JobStore();
        store.dialect = dialect;
        store.clock = clock;
        JobHandlers handlers = new JobHandlers();
        JobChannels channels = new JobChannels();
        channels.configuration = channelConfiguration;
        channels.configure();
        JobCounters counters = new JobCounters();
        counters.channels = channels;
        JobQueue queue = new JobQueue();
        queue.store = store;
        queue.counters = counters;
        queue.transactions = transactions;
        JobComponent component = new JobComponent();
        component.handlers = handlers;
        component.queue = queue;
        component.transactions = transactions;
        component.clock = clock;
        camel.addComponent("job", component);
        JobWakeups wakeups = new JobWakeups();
        wakeups.dialect = dialect;
        wakeups.notifications = new StoreNotifications(dataSource, Duration.ofMillis(500));
        JobRunner runner = new JobRunner();
        queue.runner = runner;
        runner.wakeups = wakeups;
        runner.clock = clock;
        runner.store = store;
        runner.handlers = handlers;
        runner.transactions = transactions;
        runner.camelContext = camel;
        runner.channels = channels;
        runner.counters = counters;
        JobMetrics metrics = new JobMetrics();
        metrics.meters = new SimpleMeterRegistry();
        runner.metrics = metrics;
        runner.lease = lease;
        runner.prefetch = 128;
        runner.pollPeriodMillis = 50;
        runner.defaultTimeout = Duration.ofMinutes(15);
        runner.defaultRetryPattern = "1:100ms";
        runner.retryJitter = 0;
        runner.keepDone = Duration.ofDays(7);
        runner.cleanupBatch = 1000;
        return runner;
    }

    /**
     * Agroal, the application's pool: without one, each job's run record and each batch of outcomes opened a
     * connection of its own, and this instance ran a sixteenth of the jobs the other one did.
     */
    private static DataSource pool() throws SQLException {
        String password = System.getProperty("quarkus.datasource.password", "");
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(8)
                        .connectionFactoryConfiguration(connection -> connection
                                .jdbcUrl(setting("quarkus.datasource.jdbc.url"))
                                .jdbcProperty("ApplicationName", APPLICATION_NAME)
                                .principal(new NamePrincipal(setting("quarkus.datasource.username")))
                                .credential(new SimplePassword(password)))));
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException("EngineNode needs -D" + name);
        }
        return value;
    }

    /** A periodic task that throws is never run again: log and go on, as the application's timer routes do. */
    private static Runnable carryOn(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("job engine task failed; it runs again at its next period", e);
            }
        };
    }

    /** A test JVM that dies without killing this one must not leave it running jobs for ever. */
    private static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit()
                .thenRun(() -> Runtime.getRuntime().halt(1)));
    }
}
