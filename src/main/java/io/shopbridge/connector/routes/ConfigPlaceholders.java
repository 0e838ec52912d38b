package io.shopbridge.connector.routes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.camel.Ordered;
import org.apache.camel.quarkus.main.events.BeforeConfigure;
import org.apache.camel.spi.PropertiesSource;
import org.eclipse.microprofile.config.Config;

/**
 * Resolves Camel's {@code {{placeholders}}} from the application's configuration, ahead of Camel's own MicroProfile
 * source, which holds the same values. Camel 4.17, having found a value in a source that can list its properties, lists
 * them all to name the value's origin for its start-up summary: with the MicroProfile source that is every
 * configuration name of the application, each one resolved, for every placeholder of every route and every property a
 * start-up check reads, a tenth of the main thread's start-up. This source answers one name with one lookup. Camel
 * Main's auto-configuration still lists the MicroProfile source once per pass for its {@code camel.*} options.
 */
@ApplicationScoped
public class ConfigPlaceholders implements PropertiesSource, Ordered {

    @Inject
    Config config;

    void register(@Observes BeforeConfigure event) {
        event.getCamelContext().getPropertiesComponent().addPropertiesSource(this);
    }

    @Override
    public String getName() {
        return "ConfigPlaceholders";
    }

    @Override
    public String getProperty(String name) {
        return config.getOptionalValue(name, String.class).orElse(null);
    }

    @Override
    public int getOrder() {
        return HIGHEST;
    }
}
