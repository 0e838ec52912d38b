package io.shopbridge.connector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckRegistry;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import io.quarkus.runtime.StartupEvent;

/**
 * Camel's context, a liveness check only. Camel's own {@code context} check is both liveness and readiness, so
 * {@code /q/health} listed it twice; readiness has the routes' and consumers' checks, which fail when the context does.
 */
@Liveness
@ApplicationScoped
public class CamelContextLiveness implements HealthCheck {

    @Inject
    CamelContext camel;

    /** Camel's switches turn its context check off nowhere but in both lists at once, so it is taken out here. */
    void replaceCamelsContextCheck(@Observes StartupEvent started) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(camel);
        registry.getCheck("context").ifPresent(registry::unregister);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("context").status(!camel.isStopped())
                .withData("context.name", camel.getName())
                .withData("context.status", camel.getStatus().name()).build();
    }
}
