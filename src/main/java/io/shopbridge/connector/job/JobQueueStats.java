package io.shopbridge.connector.job;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.shopbridge.connector.db.Transactions;

/**
 * The queue's figures for people: counts per channel and state, running and capacity, oldest pending age, and this
 * instance's enqueued and done jobs per second over the last minute. Refreshed by the {@code connector-job-stats} route (not on every
 * read): counts from the database, rates from {@link JobCounters}. Published as JMX MBeans
 * ({@code io.shopbridge:type=JobQueue} and {@code io.shopbridge:type=JobChannel,name=<channel>}) and as metrics
 * {@code shopbridge.jobs} (tags channel, state), {@code shopbridge.jobs.running},
 * {@code shopbridge.jobs.oldest.pending.seconds}, {@code shopbridge.jobs.outcomes} (a counter; tags channel,
 * outcome) and {@code shopbridge.jobs.per.second} (tags channel, outcome).
 */
@ApplicationScoped
public class JobQueueStats {

    static final List<String> STATES = java.util.Arrays.stream(JobState.values()).map(JobState::dbValue).toList();

    @Inject
    JobStore store;

    @Inject
    JobChannels channels;

    @Inject
    Transactions transactions;

    @Inject
    MeterRegistry meters;

    @Inject
    JobCounters counters;

    @Inject
    java.time.Clock clock;

    private volatile Map<String, Map<String, Long>> counts = Map.of();
    private volatile Map<String, Instant> oldestPending = Map.of();
    private final Map<String, ObjectName> registered = new HashMap<>();
    // starts from nothing at start-up, so that the jobs of the first stats period count too
    private final Deque<Snapshot> window = new ArrayDeque<>(List.of(new Snapshot(System.nanoTime(), Map.of())));
    private volatile Map<String, Double> perSecond = Map.of();

    /** Totals per channel and outcome at one time. */
    private record Snapshot(long nanos, Map<String, Long> totals) {
    }

    @ConfigProperty(name = "shopbridge.jobs.rate-window")
    Duration rateWindow;

    /** Reads the counts again; registers the MBeans and gauges on first use. */
    public synchronized void refresh() {
        Map<String, Map<String, Long>> byChannel = new HashMap<>();
        Map<String, Instant> oldest = new HashMap<>();
        for (JobStore.ChannelCount row : transactions.inTransaction(store::counts)) {
            String channel = channels.nearest(row.channel()).name();
            byChannel.computeIfAbsent(channel, c -> new HashMap<>()).merge(row.state(), row.count(), Long::sum);
            if (JobState.PENDING.dbValue().equals(row.state()) && row.oldestCreated() != null) {
                oldest.merge(channel, row.oldestCreated(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        counts = byChannel;
        oldestPending = oldest;
        measureRates();
        if (registered.isEmpty()) {
            register();
        }
    }

    /**
     * Per channel and outcome, how many per second over the rate window: a window of a minute, not one refresh
     * period, keeps the figure readable by someone watching a console.
     */
    private void measureRates() {
        long now = System.nanoTime();
        Map<String, Long> totals = new HashMap<>();
        for (JobChannel channel : channels.all()) {
            for (JobCounters.Outcome outcome : JobCounters.Outcome.values()) {
                totals.put(rateKey(channel.name(), outcome), counters.total(channel.name(), outcome));
            }
        }
        window.addLast(new Snapshot(now, totals));
        while (window.size() > 2 && now - window.peekFirst().nanos() > rateWindow.toNanos()) {
            window.removeFirst();
        }
        Snapshot oldest = window.peekFirst();
        double seconds = (now - oldest.nanos()) / 1e9;
        Map<String, Double> rates = new HashMap<>();
        totals.forEach((key, total) -> rates.put(key,
                seconds <= 0 ? 0.0 : (total - oldest.totals().getOrDefault(key, 0L)) / seconds));
        perSecond = rates;
    }

    private static String rateKey(String channel, JobCounters.Outcome outcome) {
        return channel + "|" + outcome;
    }

    public double perSecond(String channel, JobCounters.Outcome outcome) {
        return perSecond.getOrDefault(rateKey(channel, outcome), 0.0);
    }

    public double perSecond(JobCounters.Outcome outcome) {
        return channels.all().stream().mapToDouble(c -> perSecond(c.name(), outcome)).sum();
    }

    public long count(String channel, String state) {
        return counts.getOrDefault(channel, Map.of()).getOrDefault(state, 0L);
    }

    public long total(String state) {
        return counts.values().stream().mapToLong(m -> m.getOrDefault(state, 0L)).sum();
    }

    public long oldestPendingSeconds(String channel) {
        Instant oldest = oldestPending.get(channel);
        return oldest == null ? 0 : Duration.between(oldest, clock.instant()).toSeconds();
    }

    private void register() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName queue = new ObjectName("io.shopbridge:type=JobQueue");
            server.registerMBean(new StandardMBean(new JobQueueView(this), JobQueueViewMBean.class), queue);
            registered.put("queue", queue);
            for (JobChannel channel : channels.all()) {
                ObjectName name = new ObjectName("io.shopbridge:type=JobChannel,name=" + ObjectName.quote(channel.name()));
                server.registerMBean(new StandardMBean(new JobChannelView(this, channel), JobChannelViewMBean.class),
                        name);
                registered.put(channel.name(), name);
                for (String state : STATES) {
                    Gauge.builder("shopbridge.jobs", this, s -> s.count(channel.name(), state))
                            .tags("channel", channel.name(), "state", state).register(meters);
                }
                Gauge.builder("shopbridge.jobs.running", channel, JobChannel::running)
                        .tags("channel", channel.name()).register(meters);
                Gauge.builder("shopbridge.jobs.oldest.pending.seconds", this,
                        s -> s.oldestPendingSeconds(channel.name())).tags("channel", channel.name()).register(meters);
                for (JobCounters.Outcome outcome : JobCounters.Outcome.values()) {
                    String tag = outcome.name().toLowerCase(Locale.ROOT);
                    FunctionCounter.builder("shopbridge.jobs.outcomes", counters, c -> c.total(channel.name(), outcome))
                            .tags("channel", channel.name(), "outcome", tag).register(meters);
                    Gauge.builder("shopbridge.jobs.per.second", this, s -> s.perSecond(channel.name(), outcome))
                            .tags("channel", channel.name(), "outcome", tag).register(meters);
                }
            }
        } catch (JMException e) {
            throw new IllegalStateException("Cannot register the job MBeans", e);
        }
    }

    @PreDestroy
    synchronized void unregister() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        for (ObjectName name : registered.values()) {
            try {
                server.unregisterMBean(name);
            } catch (JMException e) {
                // already gone with the server
            }
        }
        registered.clear();
    }

    /**
     * JMX view of the whole queue. A {@link StandardMBean} finds and calls the attributes' getters by reflection,
     * which a native image allows only for registered classes.
     */
    @RegisterForReflection
    public interface JobQueueViewMBean {
        long getWaitingDependencies();

        long getPending();

        long getEnqueued();

        long getStarted();

        long getDone();

        long getFailed();

        long getCancelled();

        double getEnqueuedPerSecond();

        double getDonePerSecond();

        double getFailedPerSecond();

        long getTimedOut();
    }

    record JobQueueView(JobQueueStats stats) implements JobQueueViewMBean {
        public long getWaitingDependencies() {
            return stats.total("wait_dependencies");
        }

        public long getPending() {
            return stats.total(JobState.PENDING.dbValue());
        }

        public long getEnqueued() {
            return stats.total(JobState.ENQUEUED.dbValue());
        }

        public long getStarted() {
            return stats.total(JobState.STARTED.dbValue());
        }

        public long getDone() {
            return stats.total(JobState.DONE.dbValue());
        }

        public long getFailed() {
            return stats.total(JobState.FAILED.dbValue());
        }

        public long getCancelled() {
            return stats.total(JobState.CANCELLED.dbValue());
        }

        public double getEnqueuedPerSecond() {
            return stats.perSecond(JobCounters.Outcome.ENQUEUED);
        }

        public double getDonePerSecond() {
            return stats.perSecond(JobCounters.Outcome.DONE);
        }

        public double getFailedPerSecond() {
            return stats.perSecond(JobCounters.Outcome.FAILED);
        }

        public long getTimedOut() {
            return stats.counters.total(JobCounters.Outcome.TIMED_OUT);
        }
    }

    /** JMX view of one channel; registered for reflection as {@link JobQueueViewMBean} is. */
    @RegisterForReflection
    public interface JobChannelViewMBean {
        int getCapacity();

        int getRunning();

        boolean isSequential();

        long getWaitingDependencies();

        long getPending();

        long getEnqueued();

        long getStarted();

        long getFailed();

        long getDone();

        long getCancelled();

        long getOldestPendingAgeSeconds();

        double getEnqueuedPerSecond();

        double getDonePerSecond();
    }

    record JobChannelView(JobQueueStats stats, JobChannel channel) implements JobChannelViewMBean {
        public int getCapacity() {
            return channel.capacity();
        }

        public int getRunning() {
            return channel.running();
        }

        public boolean isSequential() {
            return channel.sequential();
        }

        public long getWaitingDependencies() {
            return stats.count(channel.name(), "wait_dependencies");
        }

        public long getPending() {
            return stats.count(channel.name(), JobState.PENDING.dbValue());
        }

        public long getEnqueued() {
            return stats.count(channel.name(), JobState.ENQUEUED.dbValue());
        }

        public long getStarted() {
            return stats.count(channel.name(), JobState.STARTED.dbValue());
        }

        public long getFailed() {
            return stats.count(channel.name(), JobState.FAILED.dbValue());
        }

        public long getDone() {
            return stats.count(channel.name(), JobState.DONE.dbValue());
        }

        public long getCancelled() {
            return stats.count(channel.name(), JobState.CANCELLED.dbValue());
        }

        public long getOldestPendingAgeSeconds() {
            return stats.oldestPendingSeconds(channel.name());
        }

        public double getEnqueuedPerSecond() {
            return stats.perSecond(channel.name(), JobCounters.Outcome.ENQUEUED);
        }

        public double getDonePerSecond() {
            return stats.perSecond(channel.name(), JobCounters.Outcome.DONE);
        }
    }
}
