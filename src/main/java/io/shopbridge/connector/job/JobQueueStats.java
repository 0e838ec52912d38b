package io.shopbridge.connector.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.shopbridge.connector.db.Transactions;

/**
 * The queue's figures for people, computed: counts per channel and state, oldest pending age, and this instance's
 * enqueued and done jobs per second over the last minute. Refreshed by the {@code connector-job-stats} route (not on
 * every read): counts from the database, rates from {@link JobCounters}. {@link JobQueuePublisher} publishes them as JMX MBeans
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
    JobQueuePublisher publisher;

    @Inject
    JobCounters counters;

    @Inject
    java.time.Clock clock;

    private volatile Map<String, Map<String, Long>> counts = Map.of();
    private volatile Map<String, Instant> oldestPending = Map.of();
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
        publisher.publish(this);
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

}
