package io.shopbridge.connector.backend;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.quarkus.runtime.annotations.RegisterForReflection;

import io.shopbridge.connector.job.JobPauses;

/** Publishes {@code io.shopbridge:type=Backend,name="<id>"} per backend instance. */
@ApplicationScoped
public class BackendMBeans {

    /** Who a pause set over JMX is by: JMX gives no user name here. */
    static final String PAUSED_BY = "jmx";

    @Inject
    BackendMonitor monitor;

    @Inject
    Instance<JobPauses> pauses;

    private final Map<String, ObjectName> registered = new ConcurrentHashMap<>();

    void publish(BackendInstance instance) {
        registered.computeIfAbsent(instance.id(), id -> {
            try {
                ObjectName name = new ObjectName("io.shopbridge:type=Backend,name=" + ObjectName.quote(id));
                MBeanServer server = ManagementFactory.getPlatformMBeanServer();
                server.registerMBean(new StandardMBean(new View(instance), BackendViewMBean.class), name);
                return name;
            } catch (JMException e) {
                throw new IllegalStateException("Cannot register the MBean of backend " + id, e);
            }
        });
    }

    @PreDestroy
    void unregister() {
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

    JobPauses pauses() {
        if (!pauses.isResolvable()) {
            throw new UnsupportedOperationException("This build has no job engine that pauses jobs (JobPauses)");
        }
        return pauses.get();
    }

    /**
     * JMX view of one backend instance. A {@link StandardMBean} finds and calls its methods by reflection, which a
     * native image allows only for registered classes.
     */
    @RegisterForReflection
    public interface BackendViewMBean {
        String getVersion();

        String getUrl();

        String getHealth();

        String getHealthError();

        long getCalls();

        long getFailures();

        long getConsecutiveFailures();

        String getLastSuccess();

        String getLastError();

        boolean isPaused();

        /** Its pending jobs stay pending, on every instance, until resumed; running ones finish. */
        boolean pause();

        boolean resume();

        /** Pauses a channel (and its sub-channels) for every backend. */
        boolean pauseChannel(String channel);

        boolean resumeChannel(String channel);
    }

    private final class View implements BackendViewMBean {

        private final BackendInstance instance;

        View(BackendInstance instance) {
            this.instance = instance;
        }

        private BackendReport report() {
            return monitor.report(instance);
        }

        @Override
        public String getVersion() {
            return instance.backend().name();
        }

        @Override
        public String getUrl() {
            return instance.settings().get("url");
        }

        @Override
        public String getHealth() {
            return report().health();
        }

        @Override
        public String getHealthError() {
            return report().healthError();
        }

        @Override
        public long getCalls() {
            return report().calls();
        }

        @Override
        public long getFailures() {
            return report().failures();
        }

        @Override
        public long getConsecutiveFailures() {
            return report().consecutiveFailures();
        }

        @Override
        public String getLastSuccess() {
            return report().lastSuccess() == null ? null : report().lastSuccess().toString();
        }

        @Override
        public String getLastError() {
            return report().lastError();
        }

        @Override
        public boolean isPaused() {
            return pauses.isResolvable() && pauses.get().paused().stream().anyMatch(
                    p -> p.kind() == JobPauses.Kind.BACKEND && p.name().equals(instance.id()));
        }

        @Override
        public boolean pause() {
            return pauses().pauseBackend(instance.id(), PAUSED_BY, "paused over JMX");
        }

        @Override
        public boolean resume() {
            return pauses().resumeBackend(instance.id());
        }

        @Override
        public boolean pauseChannel(String channel) {
            return pauses().pauseChannel(channel, PAUSED_BY, "paused over JMX");
        }

        @Override
        public boolean resumeChannel(String channel) {
            return pauses().resumeChannel(channel);
        }
    }
}
