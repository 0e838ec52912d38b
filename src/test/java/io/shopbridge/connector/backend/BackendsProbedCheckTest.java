package io.shopbridge.connector.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * Where a shop that is down makes readiness DOWN, readiness waits for the first probe of the shops; elsewhere the
 * check never holds readiness back. (A test profile with the setting would restart the application on the tests'
 * shared in-memory H2, which H2 does not survive: the decision is tested here, the probes in BackendHealthTest.)
 */
class BackendsProbedCheckTest {

    @Test
    void withDownFailingReadinessTheCheckIsDownUntilTheShopsWereProbed() {
        BackendsProbedCheck check = check(true);
        assertEquals(HealthCheckResponse.Status.DOWN, check.call().getStatus());
        check.health.probedAll();
        assertEquals(HealthCheckResponse.Status.UP, check.call().getStatus());
    }

    @Test
    void otherwiseItIsUpBeforeTheFirstProbe() {
        assertEquals(HealthCheckResponse.Status.UP, check(false).call().getStatus());
    }

    private static BackendsProbedCheck check(boolean downFailsReadiness) {
        BackendsProbedCheck check = new BackendsProbedCheck();
        check.health = new BackendHealth();
        check.downFailsReadiness = downFailsReadiness;
        return check;
    }
}
