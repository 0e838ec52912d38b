package io.shopbridge.connector.backend;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteDefinition;

/**
 * A backend instance's settings as its routes were given them: the parameters of the route templates instantiated
 * with {@code shop} = the backend id ({@code url}, {@code version}, {@code apiUser}, {@code apiKeyProperty}, ...),
 * placeholders resolved. The settings name an API key's property, never hold the key.
 */
@ApplicationScoped
public class TemplatedBackends {

    static final String BACKEND_PARAMETER = "shop";

    @Inject
    CamelContext camel;

    public Optional<Map<String, String>> settings(String backendId) {
        for (RouteDefinition route : camel.getCamelContextExtension().getContextPlugin(Model.class)
                .getRouteDefinitions()) {
            Map<String, Object> parameters = route.getTemplateParameters();
            if (parameters != null && backendId.equals(resolve(parameters.get(BACKEND_PARAMETER)))) {
                Map<String, String> settings = new TreeMap<>();
                parameters.forEach((name, value) -> settings.put(name, resolve(value)));
                return Optional.of(settings);
            }
        }
        return Optional.empty();
    }

    private String resolve(Object value) {
        return value == null ? null : camel.resolvePropertyPlaceholders(value.toString());
    }
}
