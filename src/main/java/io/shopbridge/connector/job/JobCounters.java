package io.shopbridge.connector.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What this instance did with jobs since it started, per configured channel: enqueued, and ended done, failed,
 * retried or timed out. Counted in memory as it happens; {@link JobQueueStats} turns them into rates.
 */
@ApplicationScoped
public class JobCounters {

    /** What happened to a job. */
    public enum Outcome {
        ENQUEUED, DONE, FAILED, RETRIED, TIMED_OUT
    }

    private record Key(String channel, Outcome outcome) {
    }

    @Inject
    JobChannels channels;

    private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();

    /** Counts one job of {@code channel} (any channel name: it counts in the configured channel it runs in). */
    void count(String channel, Outcome outcome) {
        counts.computeIfAbsent(new Key(channels.nearest(channel).name(), outcome), k -> new LongAdder()).increment();
    }

    public long total(String channel, Outcome outcome) {
        LongAdder adder = counts.get(new Key(channel, outcome));
        return adder == null ? 0 : adder.sum();
    }

    public long total(Outcome outcome) {
        return counts.entrySet().stream().filter(e -> e.getKey().outcome() == outcome)
                .mapToLong(e -> e.getValue().sum()).sum();
    }
}
