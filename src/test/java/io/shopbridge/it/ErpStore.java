package io.shopbridge.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;

/**
 * The H2 file store {@link PackagedJar} starts on ({@code <workDir>/db}), prepared as the ERP prepares it before the
 * connector's first start: the schema migrated and the shops' {@code connector_backend} rows written.
 */
final class ErpStore {

    private ErpStore() {
    }

    static void withBackends(Path workDir, String... backends) throws SQLException {
        String url = "jdbc:h2:file:" + workDir.resolve("db").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/h2").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO connector_backend (id, name, type, version) VALUES (?, ?, 'magento', ?)")) {
            for (String backend : backends) {
                insert.setString(1, backend);
                insert.setString(2, "Shop " + backend);
                // the shipped routes' 2.x demo shop; every other shop of these tests is a 1.7 one
                insert.setString(3, "shop-us".equals(backend) ? "2.x" : "1.7");
                insert.executeUpdate();
            }
        }
    }
}
