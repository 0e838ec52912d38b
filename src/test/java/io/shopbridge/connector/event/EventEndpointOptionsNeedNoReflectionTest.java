package io.shopbridge.connector.event;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The {@code event:} component takes its option out of the parameters itself: what it left, Camel would bind onto
 * the endpoint by reflection, which a native image does not allow for an unregistered class.
 */
class EventEndpointOptionsNeedNoReflectionTest {

    @Test
    void kindsIsTakenByTheComponent() {
        Map<String, Object> parameters = new HashMap<>(Map.of("kinds", "create,write"));

        EventEndpoint endpoint = (EventEndpoint) new EventComponent().createEndpoint("event:magento.account.invoice",
                "magento.account.invoice", parameters);

        assertTrue(parameters.isEmpty(), "left for reflective binding: " + parameters);
        assertTrue(endpoint.accepts(new ConnectorEvent(null, "magento.account.invoice", "write", 1L, null)));
    }

    @Test
    void anUnknownOptionIsRefusedByNameNotLeftToReflection() {
        Map<String, Object> parameters = new HashMap<>(Map.of("kind", "create"));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new EventComponent().createEndpoint("event:magento.account.invoice", "magento.account.invoice",
                        parameters));

        assertTrue(refused.getMessage().contains("[kind]"), refused.getMessage());
    }
}
