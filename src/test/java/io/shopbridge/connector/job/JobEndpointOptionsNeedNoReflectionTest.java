package io.shopbridge.connector.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The {@code job:} component takes every option out of the parameters itself: what it left, Camel would bind onto
 * the endpoint by reflection, which a native image does not allow for an unregistered class.
 */
class JobEndpointOptionsNeedNoReflectionTest {

    @Test
    void everyDocumentedOptionIsTakenByTheComponent() {
        Map<String, Object> parameters = new HashMap<>(Map.of("priority", "5", "delay", "30s", "maxRetries", "3",
                "retryPattern", "1:10s,5:60s", "channel", "root.magento", "identityKey", "auto",
                "description", "Export", "timeout", "2m", "backend", "shop-eu"));

        JobEndpoint endpoint = (JobEndpoint) new JobComponent().createEndpoint("job:export_invoice", "export_invoice",
                parameters);

        assertTrue(parameters.isEmpty(), "left for reflective binding: " + parameters);
        assertEquals(5, endpoint.options().priority());
        assertEquals("shop-eu", endpoint.options().backend());
    }

    @Test
    void anUnknownOptionIsRefusedByNameNotLeftToReflection() {
        Map<String, Object> parameters = new HashMap<>(Map.of("priorty", "5"));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new JobComponent().createEndpoint("job:export_invoice", "export_invoice", parameters));

        assertTrue(refused.getMessage().contains("[priorty]"), refused.getMessage());
    }
}
