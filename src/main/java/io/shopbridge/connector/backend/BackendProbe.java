package io.shopbridge.connector.backend;

/**
 * Says whether a backend instance answers and accepts our credentials (a login, a token check): one per backend kind,
 * looked up like any unit, most specific backend first. The health checks call it in the background every
 * {@code shopbridge.health.backend-period}, never per health request.
 */
public interface BackendProbe extends ConnectorUnit {

    /** The model probes are registered under: a probe concerns the backend, not one of its models. */
    String MODEL = "connector.backend";

    /**
     * Logs in (or checks the token) and answers {@link BackendStatus#ok()} or {@link BackendStatus#down(String)} with
     * why; an exception thrown counts as down with its message. The message must not hold a secret.
     */
    BackendStatus probe(BackendInstance backend);

    @Override
    default String model() {
        return MODEL;
    }
}
