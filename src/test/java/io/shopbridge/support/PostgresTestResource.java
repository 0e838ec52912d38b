package io.shopbridge.support;

import java.io.IOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the test run on that store (surefire execution {@code postgresql}, system property
 * {@code shopbridge.test.store=postgresql}); starts nothing on the default H2 run. No install: the server comes from
 * a Maven dependency. Its commits are not durable (the embedded server's defaults, for speed) unless system property
 * {@code shopbridge.test.durable-postgresql} is true.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (!"postgresql".equals(System.getProperty("shopbridge.test.store"))) {
            return Map.of();
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (Boolean.getBoolean("shopbridge.test.durable-postgresql")) {
                // bench/run measures on a server that writes each commit before answering, as production runs
                builder.setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            postgres = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL", e);
        }
        // batched inserts go as multi-row statements: the way to enqueue many jobs fast, in production too
        return Map.of("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
