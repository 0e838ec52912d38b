package io.shopbridge.magento.m1;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;

import io.quarkus.arc.DefaultBean;
import io.shopbridge.connector.backend.BackendHealth;
import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.connector.backend.BackendStatus;
import io.shopbridge.connector.backend.TemplatedBackends;
import io.shopbridge.magento.MagentoBackends;

/**
 * A Magento 1.x shop is up when it gives a session to its API user. Asked, it answers the last probe's outcome at
 * once, and when that is older than {@code shopbridge.backends.health-period} probes again in the background: a page
 * refreshing every few seconds logs in once a period, and never waits for a shop that does not answer. A default
 * bean: a fuller health (readiness checks, MBeans) replaces it by declaring its own {@link BackendHealth}.
 */
@ApplicationScoped
@DefaultBean
public class Magento1LoginHealth implements BackendHealth {

    @Inject
    TemplatedBackends backends;

    @Inject
    Magento1Client client;

    @ConfigProperty(name = "shopbridge.backends.health-period")
    Duration period;

    @Inject
    ManagedExecutor executor;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, BackendStatus> probed = new ConcurrentHashMap<>();
    private final Set<String> probing = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<BackendStatus> status(String backendId) {
        Optional<Map<String, String>> settings = backends.settings(backendId)
                .filter(s -> s.getOrDefault("version", "").startsWith("1."));
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        BackendStatus last = probed.get(backendId);
        if ((last == null || !last.checkedAt().plus(period).isAfter(clock.instant())) && probing.add(backendId)) {
            executor.execute(() -> {
                try {
                    probed.put(backendId, probe(backendId, settings.get()));
                } finally {
                    probing.remove(backendId);
                }
            });
        }
        return Optional.ofNullable(last);
    }

    private BackendStatus probe(String backendId, Map<String, String> settings) {
        BackendInstance shop = new BackendInstance(backendId, MagentoBackends.MAGENTO_17, settings);
        try {
            client.login(shop);
            return new BackendStatus(true, clock.instant(), null);
        } catch (RuntimeException e) {
            return new BackendStatus(false, clock.instant(), e.getMessage());
        }
    }
}
