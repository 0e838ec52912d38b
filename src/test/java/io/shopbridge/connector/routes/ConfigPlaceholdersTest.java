package io.shopbridge.connector.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Camel's placeholders are answered by {@link ConfigPlaceholders} with the configuration's values (the test profile's
 * included), not by Camel's MicroProfile source, whose every answer lists the whole configuration; a property nobody
 * set still fails its placeholder.
 */
@QuarkusTest
class ConfigPlaceholdersTest {

    @Inject
    CamelContext camel;

    @ConfigProperty(name = "shopbridge.jobs.poll-period")
    String pollPeriod;

    @Test
    void aPlaceholderIsTheConfigurationsValueAnsweredByConfigPlaceholders() {
        Map<String, String> sourceOf = new ConcurrentHashMap<>();
        camel.getPropertiesComponent().addPropertiesLookupListener(
                (name, value, defaultValue, source) -> sourceOf.put(name, source));

        assertEquals("period=" + pollPeriod, camel.resolvePropertyPlaceholders("period={{shopbridge.jobs.poll-period}}"));
        assertEquals("50", pollPeriod, "the test profile's value");
        assertEquals("ConfigPlaceholders", sourceOf.get("shopbridge.jobs.poll-period"));
    }

    @Test
    void aPropertyNobodySetStillFailsItsPlaceholder() {
        assertThrows(IllegalArgumentException.class,
                () -> camel.resolvePropertyPlaceholders("{{shopbridge.no-such-setting}}"));
    }
}
