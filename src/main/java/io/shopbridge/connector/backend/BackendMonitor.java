package io.shopbridge.connector.backend;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Watches the backend instances: route {@code connector-backend-probe} calls {@link #refresh()} every
 * {@code shopbridge.health.backend-period}, which probes each one and publishes its MBean the first time it is seen.
 */
@ApplicationScoped
public class BackendMonitor {

    @Inject
    BackendInstances instances;

    @Inject
    BackendHealth health;

    @Inject
    BackendCalls calls;

    @Inject
    BackendMBeans mbeans;

    public void refresh() {
        for (BackendInstance instance : instances.all()) {
            mbeans.publish(instance);
            health.probe(instance);
        }
        health.probedAll();
    }

    /** Every backend instance with its health and calls, by id. */
    public List<BackendReport> backends() {
        return instances.all().stream().map(this::report).toList();
    }

    public BackendReport report(BackendInstance instance) {
        BackendCallStats.Figures figures = calls.stats(instance.id()).figures();
        BackendHealth.Probed probed = health.probed(instance.id()).orElse(null);
        return new BackendReport(instance.id(), instance.backend().name(), instance.settings().get("url"),
                probed == null ? "unknown" : probed.status().up() ? "up" : "down",
                probed == null ? null : probed.status().error(), probed == null ? null : probed.checkedAt(),
                figures.calls(), figures.failures(), figures.consecutiveFailures(), figures.lastSuccess(),
                figures.lastError());
    }
}
