package io.shopbridge.connector.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Makes sure a commit is on disk before it returns, so that a killed process loses no committed job outcome, binding
 * or event. H2's file store writes commits in the background after {@code WRITE_DELAY} (500 ms by default), and a
 * kill -9 loses that window: the store is set to write each commit at once (a persistent setting of the database).
 * PostgreSQL is durable as long as {@code synchronous_commit} is on: a server where it is off is named in the log.
 */
@ApplicationScoped
public class StoreDurability {

    private static final Logger LOG = Logger.getLogger(StoreDurability.class);

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "shopbridge.store.durable-commits", defaultValue = "true")
    boolean durableCommits;

    // before the routes start consuming events and jobs
    void onStart(@Observes @Priority(1) StartupEvent start) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String url = c.getMetaData().getURL();
            String product = c.getMetaData().getDatabaseProductName();
            if ("H2".equals(product) && !url.contains(":mem:")) {
                if (durableCommits) {
                    s.execute("SET WRITE_DELAY 0");
                    LOG.infof("store %s: each commit is written before it returns (WRITE_DELAY 0)", url);
                } else {
                    LOG.warnf("store %s: shopbridge.store.durable-commits is off: a killed process loses the commits "
                            + "of its last moments, and a shop may then see an export twice", url);
                }
            } else if ("PostgreSQL".equals(product)) {
                try (ResultSet rs = s.executeQuery("SHOW synchronous_commit")) {
                    if (rs.next() && "off".equals(rs.getString(1))) {
                        LOG.warnf("store %s has synchronous_commit off: a server crash may lose committed job "
                                + "outcomes and bindings, and a shop may then see an export twice", url);
                    }
                }
            }
        } catch (SQLException e) {
            LOG.warnf("could not make sure the store's commits are durable (%s): a killed process may lose its last "
                    + "commits", e.getMessage());
        }
    }
}
