package io.shopbridge.connector.backend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Where a shop that is down makes readiness DOWN ({@code shopbridge.health.backend-down-fails-readiness}), readiness
 * also waits for the first probe of every shop: before it, the shops' checks are not there, and an instance whose
 * only shop refuses it would be UP for the first seconds after start.
 */
@Readiness
@ApplicationScoped
public class BackendsProbedCheck implements HealthCheck {

    @Inject
    BackendHealth health;

    @ConfigProperty(name = "shopbridge.health.backend-down-fails-readiness")
    boolean downFailsReadiness;

    @Override
    public HealthCheckResponse call() {
        boolean probed = health.probedOnce();
        return HealthCheckResponse.named("backends probed").status(probed || !downFailsReadiness)
                .withData("probed", probed).build();
    }
}
