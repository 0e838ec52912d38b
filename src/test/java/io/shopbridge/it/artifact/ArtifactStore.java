package io.shopbridge.it.artifact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The store and settings the packaged artifact starts with, as an operator prepares them: the ERP's database with the
 * schema migrated and the demo shop's {@code connector_backend} row, the routes folder, and the passwords the prod
 * profile requires. The store is an H2 file, or an embedded PostgreSQL when the artifact is a PostgreSQL build
 * ({@code shopbridge.test.store=postgresql}, set by profile {@code postgresql}; a native binary is one).
 */
public class ArtifactStore implements QuarkusTestResourceLifecycleManager {

    static final String VIEWER_PASSWORD = "viewer-artifact-it";
    /** The shipped routes' shops, by id, with their Magento versions. */
    static final Map<String, String> SHOPS = Map.of("shop-eu", "1.7", "shop-us", "2.x");

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        Map<String, String> settings = new HashMap<>();
        try {
            String url;
            String user;
            String locations;
            if ("postgresql".equals(System.getProperty("shopbridge.test.store"))) {
                postgres = EmbeddedPostgres.builder().start();
                url = postgres.getJdbcUrl("postgres", "postgres");
                user = "postgres";
                locations = "classpath:db/migration/postgresql";
            } else {
                Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "artifact-it");
                url = "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath();
                user = "sa";
                locations = "classpath:db/migration/h2";
            }
            prepare(url, user, locations);
            // as prod's own settings (%prod.…, which SHOPBRIDGE_DB_URL feeds), so that they win over the un-profiled
            // datasource of the project-wide PostgresTestResource, which a PostgreSQL run starts too
            settings.put("%prod.quarkus.datasource.jdbc.url", url);
            settings.put("%prod.quarkus.datasource.username", user);
            settings.put("%prod.quarkus.datasource.password", "");
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot prepare the artifact's store", e);
        }
        settings.put("SHOPBRIDGE_OPERATOR_PASSWORD", "operator-artifact-it");
        settings.put("SHOPBRIDGE_VIEWER_PASSWORD", VIEWER_PASSWORD);
        settings.put("shopbridge.routes.location", Path.of("routes").toAbsolutePath().toString());
        // the demo shop's scheduled import would call a shop that is not there
        settings.put("shop.eu.import-enabled", "false");
        settings.put("shop.us.import-enabled", "false");
        return settings;
    }

    private static void prepare(String url, String user, String locations) throws SQLException {
        Flyway.configure().dataSource(url, user, "").locations(locations).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, "");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO connector_backend (id, name, "
                        + "type, version) VALUES (?, 'Demo shop', 'magento', ?)")) {
            for (Map.Entry<String, String> shop : SHOPS.entrySet()) {
                insert.setString(1, shop.getKey());
                insert.setString(2, shop.getValue());
                insert.executeUpdate();
            }
        }
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
