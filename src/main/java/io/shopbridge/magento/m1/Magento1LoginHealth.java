package io.shopbridge.magento.m1;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.DefaultBean;
import io.shopbridge.connector.backend.BackendHealth;
import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.connector.backend.BackendStatus;
import io.shopbridge.connector.backend.TemplatedBackends;
import io.shopbridge.magento.MagentoBackends;

/**
 * A Magento 1.x shop is up when it gives a session to its API user. Probed when asked and the last probe is older
 * than {@code shopbridge.backends.health-period}, so a console refreshing every few seconds logs in once a period.
 * A default bean: a fuller health (readiness checks, MBeans) replaces it by declaring its own {@link BackendHealth}.
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

    private final Clock clock = Clock.systemUTC();
    private final Map<String, BackendStatus> probed = new ConcurrentHashMap<>();

    @Override
    public Optional<BackendStatus> status(String backendId) {
        Optional<Map<String, String>> settings = backends.settings(backendId)
                .filter(s -> s.getOrDefault("version", "").startsWith("1."));
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(probed.compute(backendId, (id, last) -> last != null
                && last.checkedAt().plus(period).isAfter(clock.instant()) ? last : probe(id, settings.get())));
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
