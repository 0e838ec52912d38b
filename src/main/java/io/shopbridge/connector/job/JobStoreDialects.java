package io.shopbridge.connector.job;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The job store's dialect, by the datasource's kind. */
public class JobStoreDialects {

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Produces
    @Singleton
    JobStoreDialect dialect() {
        return switch (dbKind) {
            case "postgresql" -> new PostgresJobStoreDialect();
            case "h2" -> new H2JobStoreDialect();
            default -> throw new IllegalStateException("The job store runs on h2 or postgresql, not " + dbKind);
        };
    }
}
