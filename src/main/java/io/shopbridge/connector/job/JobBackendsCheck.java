package io.shopbridge.connector.job;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.quarkus.main.events.AfterConfigure;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.shopbridge.connector.routes.RouteSources;
import io.shopbridge.connector.routes.StartupRefusedException;

/**
 * Start-up check that the backends the job routes run for ({@code from: job:<name>?backend=<id>}) and the
 * {@code connector_backend} rows are the same: a route for a backend with no row would fail every job it runs, and a
 * row no route serves would leave its jobs waiting forever. Runs once the routes exist and before they start
 * ({@code StartupListener#onCamelContextStarted}), so that a mismatch stops start-up before any job runs.
 */
@ApplicationScoped
public class JobBackendsCheck {

    static final String SETTING = "shopbridge.routes.check-backends";

    @Inject
    DataSource dataSource;

    @Inject
    RouteSources routeSources;

    @ConfigProperty(name = SETTING, defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "shopbridge.routes.location")
    String location;

    void register(@Observes AfterConfigure event) throws Exception {
        if (enabled) {
            event.getCamelContext().addStartupListener((camel, alreadyStarted) -> check(camel));
        }
    }

    private void check(CamelContext camel) throws SQLException {
        Map<String, String> routeOfBackend = new TreeMap<>();
        for (Route route : camel.getRoutes()) {
            if (route.getEndpoint() instanceof JobEndpoint job && job.options().backend() != null) {
                routeOfBackend.putIfAbsent(job.options().backend(), route.getRouteId());
            }
        }
        Map<String, Boolean> rows = backendRows();
        for (Map.Entry<String, String> served : routeOfBackend.entrySet()) {
            if (!rows.containsKey(served.getKey())) {
                throw routeSources.refusal(served.getValue(), "backend " + served.getKey()
                        + " has no connector_backend row (the schema is migrated: insert the row, then start again)");
            }
        }
        for (Map.Entry<String, Boolean> active : rows.entrySet()) {
            String row = active.getKey();
            if (active.getValue() && !routeOfBackend.containsKey(row)) {
                throw new StartupRefusedException("connector_backend row " + row + " has no route: no job route of "
                        + "the routes folder " + location + " runs for backend " + row
                        + " (add its templatedRoutes, or delete the row; " + SETTING + "=false skips this check)");
            }
        }
    }

    /** Each row's id, and whether it is active: an inactive row needs no route. */
    private Map<String, Boolean> backendRows() throws SQLException {
        Map<String, Boolean> ids = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, active FROM connector_backend")) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getBoolean(2));
            }
        }
        return ids;
    }
}
