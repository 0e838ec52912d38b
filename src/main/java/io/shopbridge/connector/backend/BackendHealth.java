package io.shopbridge.connector.backend;

import java.util.Optional;

/**
 * Whether a backend instance (a shop) answers: can it log in, is its token valid. Implementations probe each shop at
 * most once a period and answer from that, so asking is cheap.
 */
public interface BackendHealth {

    /** @return the last probe's outcome, or empty when this backend is not probed (an unknown kind, no settings) */
    Optional<BackendStatus> status(String backendId);
}
