package io.shopbridge.connector.backend;

import java.util.Optional;

/**
 * Whether a backend instance (a shop) answers: can it log in, is its token valid. Implementations probe each shop at
 * most once a period and answer from that, so asking is cheap.
 */
public interface BackendHealth {

    /**
     * @return the last probe's outcome, or empty when none is known: not probed yet, or not probed at all (a kind no
     *         probe knows, no settings)
     */
    Optional<BackendStatus> status(String backendId);
}
