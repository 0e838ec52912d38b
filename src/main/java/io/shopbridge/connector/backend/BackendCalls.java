package io.shopbridge.connector.backend;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Where the backends' clients report each call they make: the figures of the Backend MBean, and the histogram
 * {@code shopbridge.backend.calls} (tags backend, method, outcome).
 */
@ApplicationScoped
public class BackendCalls {

    public static final String METRIC = "shopbridge.backend.calls";

    @Inject
    MeterRegistry meters;

    private final Map<String, BackendCallStats> stats = new ConcurrentHashMap<>();

    public void record(BackendCall call) {
        Timer.builder(METRIC)
                .description("Calls to the backends (shops), by backend, API method and outcome")
                .tags("backend", call.backendId(), "method", call.method(), "outcome", call.outcome().tag())
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(2))
                .register(meters)
                .record(call.nanos(), TimeUnit.NANOSECONDS);
        stats(call.backendId()).add(call, Instant.now());
    }

    public BackendCallStats stats(String backendId) {
        return stats.computeIfAbsent(backendId, id -> new BackendCallStats());
    }
}
