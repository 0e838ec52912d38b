package io.shopbridge.connector.job;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.shopbridge.connector.db.Transactions;

/**
 * The queue's figures for people: counts per channel and state, running and capacity, oldest pending age. Refreshed
 * from the database by the {@code connector-job-stats} route (not on every read), published as JMX MBeans
 * ({@code io.shopbridge:type=JobQueue} and {@code io.shopbridge:type=JobChannel,name=<channel>}) and as metrics
 * {@code shopbridge.jobs} (tags channel, state), {@code shopbridge.jobs.running} and
 * {@code shopbridge.jobs.oldest.pending.seconds}.
 */
@ApplicationScoped
@Named("jobQueueStats")
public class JobQueueStats {

    static final List<String> STATES = List.of("wait_dependencies", "pending", "enqueued", "started", "done",
            "failed", "cancelled");

    @Inject
    JobStore store;

    @Inject
    JobChannels channels;

    @Inject
    Transactions transactions;

    @Inject
    MeterRegistry meters;

    private volatile Map<String, Map<String, Long>> counts = Map.of();
    private volatile Map<String, Instant> oldestPending = Map.of();
    private final Map<String, ObjectName> registered = new HashMap<>();

    /** Reads the counts again; registers the MBeans and gauges on first use. */
    public synchronized void refresh() {
        Map<String, Map<String, Long>> byChannel = new HashMap<>();
        Map<String, Instant> oldest = new HashMap<>();
        for (JobStore.ChannelCount row : transactions.inTransaction(store::counts)) {
            String channel = channels.nearest(row.channel()).name();
            byChannel.computeIfAbsent(channel, c -> new HashMap<>()).merge(row.state(), row.count(), Long::sum);
            if ("pending".equals(row.state()) && row.oldestCreated() != null) {
                oldest.merge(channel, row.oldestCreated(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        counts = byChannel;
        oldestPending = oldest;
        if (registered.isEmpty()) {
            register();
        }
    }

    public long count(String channel, String state) {
        return counts.getOrDefault(channel, Map.of()).getOrDefault(state, 0L);
    }

    public long total(String state) {
        return counts.values().stream().mapToLong(m -> m.getOrDefault(state, 0L)).sum();
    }

    public long oldestPendingSeconds(String channel) {
        Instant oldest = oldestPending.get(channel);
        return oldest == null ? 0 : Duration.between(oldest, Instant.now()).toSeconds();
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

    /** JMX view of the whole queue. */
    public interface JobQueueViewMBean {
        long getWaitingDependencies();

        long getPending();

        long getStarted();

        long getDone();

        long getFailed();

        long getCancelled();
    }

    record JobQueueView(JobQueueStats stats) implements JobQueueViewMBean {
        public long getWaitingDependencies() {
            return stats.total("wait_dependencies");
        }

        public long getPending() {
            return stats.total("pending");
        }

        public long getStarted() {
            return stats.total("started") + stats.total("enqueued");
        }

        public long getDone() {
            return stats.total("done");
        }

        public long getFailed() {
            return stats.total("failed");
        }

        public long getCancelled() {
            return stats.total("cancelled");
        }
    }

    /** JMX view of one channel. */
    public interface JobChannelViewMBean {
        int getCapacity();

        int getRunning();

        boolean isSequential();

        long getPending();

        long getFailed();

        long getDone();

        long getOldestPendingAgeSeconds();
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

        public long getPending() {
            return stats.count(channel.name(), "pending");
        }

        public long getFailed() {
            return stats.count(channel.name(), "failed");
        }

        public long getDone() {
            return stats.count(channel.name(), "done");
        }

        public long getOldestPendingAgeSeconds() {
            return stats.oldestPendingSeconds(channel.name());
        }
    }
}
