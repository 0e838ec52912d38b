package io.shopbridge.connector.routes;

import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * A setting or a file users wrote that the application cannot start with. Quarkus ends a start that fails with a
 * {@link ConfigurationException} by printing its message alone, one line with no stack trace, and exiting with 1. It
 * looks at the innermost cause, so this one has none, and its message says everything: what, where, and the problem.
 */
public class StartupRefusedException extends ConfigurationException {

    public StartupRefusedException(String problem) {
        super("Shopbridge cannot start: " + problem);
    }
}
