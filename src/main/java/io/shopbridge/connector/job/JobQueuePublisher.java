package io.shopbridge.connector.job;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Publishes {@link JobQueueStats}' figures: JMX MBeans {@code io.shopbridge:type=JobQueue} and
 * {@code io.shopbridge:type=JobChannel,name=<channel>}, and the {@code shopbridge.jobs*} meters.
 */
@ApplicationScoped
public class JobQueuePublisher {

    @Inject
    JobChannels channels;

    @Inject
    MeterRegistry meters;

    @Inject
    JobCounters counters;

    private final Map<String, ObjectName> registered = new HashMap<>();

    /** Registers the MBeans and meters, once: they read the figures as they are at each read. */
    synchronized void publish(JobQueueStats stats) {
        if (!registered.isEmpty()) {
            return;
        }
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName queue = new ObjectName("io.shopbridge:type=JobQueue");
            server.registerMBean(new StandardMBean(new JobQueueView(stats), JobQueueViewMBean.class), queue);
            registered.put("queue", queue);
            for (JobChannel channel : channels.all()) {
                ObjectName name = new ObjectName("io.shopbridge:type=JobChannel,name=" + ObjectName.quote(channel.name()));
                server.registerMBean(new StandardMBean(new JobChannelView(stats, channel), JobChannelViewMBean.class),
                        name);
                registered.put(channel.name(), name);
                for (String state : JobQueueStats.STATES) {
                    Gauge.builder("shopbridge.jobs", stats, s -> s.count(channel.name(), state))
                            .tags("channel", channel.name(), "state", state).register(meters);
                }
                Gauge.builder("shopbridge.jobs.running", channel, JobChannel::running)
                        .tags("channel", channel.name()).register(meters);
                Gauge.builder("shopbridge.jobs.oldest.pending.seconds", stats,
                        s -> s.oldestPendingSeconds(channel.name())).tags("channel", channel.name()).register(meters);
                for (JobCounters.Outcome outcome : JobCounters.Outcome.values()) {
                    String tag = outcome.name().toLowerCase(Locale.ROOT);
                    FunctionCounter.builder("shopbridge.jobs.outcomes", counters, c -> c.total(channel.name(), outcome))
                            .tags("channel", channel.name(), "outcome", tag).register(meters);
                    Gauge.builder("shopbridge.jobs.per.second", stats, s -> s.perSecond(channel.name(), outcome))
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
            return stats.total(JobState.WAIT_DEPENDENCIES.dbValue());
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
            return stats.count(channel.name(), JobState.WAIT_DEPENDENCIES.dbValue());
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
