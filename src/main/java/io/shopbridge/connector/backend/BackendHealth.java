package io.shopbridge.connector.backend;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.smallrye.health.api.HealthRegistry;

/**
 * The last probe of each backend instance ({@link BackendMonitor} probes them in the background, every
 * {@code shopbridge.health.backend-period}), which the readiness check {@code backend <id>} reads: a health request
 * never calls a shop.
 *
 * A shop that is down leaves readiness UP unless {@code shopbridge.health.backend-down-fails-readiness}: one shop
 * refusing us is no reason to take the instance out of service for the others, whose jobs still run, nor to hide the
 * console and API an operator needs to see it; the check names it, says {@code state: down} and why.
 */
@ApplicationScoped
public class BackendHealth {

    private static final Logger LOG = Logger.getLogger(BackendHealth.class);

    /** The last probe of a backend instance. */
    public record Probed(BackendInstance instance, BackendStatus status, Instant checkedAt) {
    }

    @Inject
    UnitRegistry units;

    @Inject
    BackendCalls calls;

    @Inject
    @Readiness
    HealthRegistry readiness;

    @ConfigProperty(name = "shopbridge.health.backend-down-fails-readiness")
    boolean downFailsReadiness;

    private final Map<String, Probed> last = new ConcurrentHashMap<>();
    private volatile boolean probedOnce;

    /** Probes one backend instance and keeps the result; registers its readiness check the first time. */
    void probe(BackendInstance instance) {
        BackendStatus status = statusOf(instance);
        Probed previous = last.put(instance.id(), new Probed(instance, status, Instant.now()));
        if (previous == null) {
            readiness.register("backend " + instance.id(), () -> response(instance.id()));
        }
        if (!status.up() && (previous == null || previous.status().up())) {
            LOG.warnf("backend %s is down: %s", instance.id(), status.error());
        } else if (status.up() && previous != null && !previous.status().up()) {
            LOG.infof("backend %s is up again", instance.id());
        }
    }

    private BackendStatus statusOf(BackendInstance instance) {
        try {
            return units.unit(BackendProbe.class, BackendProbe.MODEL, instance.backend()).probe(instance);
        } catch (RuntimeException e) {
            return BackendStatus.down(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    /** Every backend instance has been probed once since start. */
    void probedAll() {
        probedOnce = true;
    }

    /** Whether every backend instance has been probed since start: until then a shop that is down is not known. */
    public boolean probedOnce() {
        return probedOnce;
    }

    /** The last probe of each backend instance probed so far, by id. */
    public List<Probed> probed() {
        return last.values().stream().sorted(Comparator.comparing(p -> p.instance().id())).toList();
    }

    public Optional<Probed> probed(String backendId) {
        return Optional.ofNullable(last.get(backendId));
    }

    private HealthCheckResponse response(String backendId) {
        Probed probed = last.get(backendId);
        BackendCallStats.Figures figures = calls.stats(backendId).figures();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("backend " + backendId)
                .status(probed.status().up() || !downFailsReadiness)
                .withData("backend", probed.instance().backend().name())
                .withData("state", probed.status().up() ? "up" : "down")
                .withData("checkedAt", probed.checkedAt().toString())
                .withData("consecutiveFailures", figures.consecutiveFailures());
        String url = probed.instance().settings().get("url");
        if (url != null) {
            builder.withData("url", url);
        }
        if (probed.status().error() != null) {
            builder.withData("error", probed.status().error());
        }
        return builder.build();
    }
}
