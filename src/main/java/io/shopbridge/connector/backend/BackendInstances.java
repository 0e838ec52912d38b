package io.shopbridge.connector.backend;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;

import io.shopbridge.connector.db.Transactions;

/**
 * The backend instances this connector serves: the active rows of {@code connector_backend} (id, kind, version), each
 * with the settings of the route template instances whose parameter {@value #INSTANCE_PARAMETER} names it (url, API
 * user, the name of the property holding the key...).
 */
@ApplicationScoped
public class BackendInstances {

    /** The route template parameter that names the backend instance a route serves. */
    public static final String INSTANCE_PARAMETER = "shop";

    @Inject
    Transactions transactions;

    @Inject
    CamelContext camel;

    @Inject
    BackendCatalog catalog;

    private volatile Map<String, Map<String, String>> settings;

    /** By id; a backend no route serves has no settings. */
    public List<BackendInstance> all() {
        Map<String, Map<String, String>> settings = settings();
        return transactions.inTransaction(c -> {
            List<BackendInstance> instances = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, type, version FROM connector_backend WHERE active ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    instances.add(new BackendInstance(id, catalog.backend(rs.getString(2), rs.getString(3)),
                            Map.copyOf(settings.getOrDefault(id, Map.of()))));
                }
            }
            return instances;
        });
    }

    /** Read once: the routes are loaded at start-up. */
    private Map<String, Map<String, String>> settings() {
        if (settings == null) {
            settings = settingsByInstance();
        }
        return settings;
    }

    private Map<String, Map<String, String>> settingsByInstance() {
        Map<String, Map<String, String>> byInstance = new HashMap<>();
        for (RouteDefinition route : ((ModelCamelContext) camel).getRouteDefinitions()) {
            Map<String, Object> parameters = route.getTemplateParameters();
            Object instance = parameters == null ? null : parameters.get(INSTANCE_PARAMETER);
            if (instance != null) {
                Map<String, String> settings = byInstance.computeIfAbsent(instance.toString(), id -> new HashMap<>());
                parameters.forEach((name, value) -> {
                    if (value != null && !INSTANCE_PARAMETER.equals(name)) {
                        String text = value.toString();
                        settings.putIfAbsent(name, text.contains("{{") ? camel.resolvePropertyPlaceholders(text) : text);
                    }
                });
            }
        }
        return byInstance;
    }
}
