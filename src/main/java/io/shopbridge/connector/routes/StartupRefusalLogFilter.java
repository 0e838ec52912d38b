package io.shopbridge.connector.routes;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Drops log records of a {@link StartupRefusedException}. Camel Quarkus logs every exception that stops Camel from
 * starting, with its stack trace, before Quarkus handles it; for a refusal Quarkus prints the one line that says what
 * to fix, and the trace would bury it. Any other failure is still logged in full.
 */
@LoggingFilter(name = StartupRefusalLogFilter.NAME)
public final class StartupRefusalLogFilter implements Filter {

    static final String NAME = "shopbridge-startup-refusal";

    @Override
    public boolean isLoggable(LogRecord record) {
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            if (t instanceof StartupRefusedException) {
                return false;
            }
        }
        return true;
    }
}
