package io.shopbridge.connector.backend;

import java.time.Instant;

/** The calls to one backend instance since this instance started, as its MBean and the shops view show them. */
public final class BackendCallStats {

    /** A consistent copy of the figures. */
    public record Figures(long calls, long failures, long consecutiveFailures, Instant lastSuccess, String lastError) {
    }

    private long calls;
    private long failures;
    private long consecutiveFailures;
    private Instant lastSuccess;
    private String lastError;

    synchronized void add(BackendCall call, Instant at) {
        calls++;
        switch (call.outcome()) {
            case SUCCESS -> {
                consecutiveFailures = 0;
                lastSuccess = at;
            }
            // the backend answered: it is reachable, the refusal is the request's matter, not the backend's health
            case REFUSED -> {
                consecutiveFailures = 0;
                lastError = call.error();
            }
            case FAILED -> {
                failures++;
                consecutiveFailures++;
                lastError = call.error();
            }
        }
    }

    public synchronized Figures figures() {
        return new Figures(calls, failures, consecutiveFailures, lastSuccess, lastError);
    }
}
