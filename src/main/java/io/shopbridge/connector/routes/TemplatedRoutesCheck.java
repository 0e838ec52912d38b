package io.shopbridge.connector.routes;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.camel.model.RouteTemplateDefinition;
import org.apache.camel.model.RouteTemplateParameterDefinition;
import org.apache.camel.model.TemplatedRouteDefinition;
import org.apache.camel.model.TemplatedRouteParameterDefinition;

/**
 * Checks a file's {@code templatedRoute}s against the templates before Camel instantiates them: Camel would ignore an
 * unknown parameter and report a missing one or an unknown template without naming the route. Parameters are
 * declared as Kamelets declare them ({@code required}, {@code defaultValue}); one whose description starts with
 * {@value #SECRET} is a secret given by reference: its value is the name of a configuration property that is set,
 * never the secret itself (a {@code {{placeholder}}} would put it into the route definition).
 */
final class TemplatedRoutesCheck {

    static final String SECRET = "[secret]";

    private final Map<String, RouteTemplateDefinition> templates;
    private final Function<String, Optional<String>> properties;

    TemplatedRoutesCheck(List<RouteTemplateDefinition> templates, Function<String, Optional<String>> properties) {
        this.templates = templates.stream().collect(Collectors.toMap(RouteTemplateDefinition::getId, t -> t,
                (first, second) -> first));
        this.properties = properties;
    }

    void check(Path file, List<TemplatedRouteDefinition> routes) {
        for (TemplatedRouteDefinition route : routes) {
            String routeId = route.getRouteId() == null ? "(no routeId) of " + route.getRouteTemplateRef()
                    : route.getRouteId();
            String problem = problem(route);
            if (problem != null) {
                throw new StartupRefusedException(RouteSources.inRoute(file, routeId, problem));
            }
        }
    }

    private String problem(TemplatedRouteDefinition route) {
        RouteTemplateDefinition template = templates.get(route.getRouteTemplateRef());
        if (template == null) {
            return "template " + route.getRouteTemplateRef() + " does not exist (templates: "
                    + String.join(", ", templates.keySet().stream().sorted().toList()) + ")";
        }
        Map<String, RouteTemplateParameterDefinition> declared = template.getTemplateParameters().stream()
                .collect(Collectors.toMap(RouteTemplateParameterDefinition::getName, p -> p));
        Set<String> given = new HashSet<>();
        for (TemplatedRouteParameterDefinition parameter : route.getParameters()) {
            RouteTemplateParameterDefinition declaration = declared.get(parameter.getName());
            if (declaration == null) {
                return "template " + template.getId() + " has no parameter " + parameter.getName() + " (its parameters: "
                        + template.getTemplateParameters().stream().map(RouteTemplateParameterDefinition::getName)
                                .collect(Collectors.joining(", ")) + ")";
            }
            given.add(parameter.getName());
            if (isSecret(declaration)) {
                String secretProblem = secretProblem(parameter);
                if (secretProblem != null) {
                    return secretProblem;
                }
            }
        }
        for (RouteTemplateParameterDefinition declaration : template.getTemplateParameters()) {
            if (declaration.isRequired() && declaration.getDefaultValue() == null
                    && !given.contains(declaration.getName())) {
                return "template " + template.getId() + " needs parameter " + declaration.getName()
                        + (declaration.getDescription() == null ? "" : " (" + declaration.getDescription() + ")");
            }
        }
        return null;
    }

    private String secretProblem(TemplatedRouteParameterDefinition parameter) {
        String value = parameter.getValue() == null ? "" : parameter.getValue().strip();
        if (value.contains("{{")) {
            return "parameter " + parameter.getName() + " is secret: give the name of the property that holds it, "
                    + "not a placeholder of its value";
        }
        if (value.isEmpty() || properties.apply(value).isEmpty()) {
            return "parameter " + parameter.getName() + " names property '" + value + "', which is not set";
        }
        return null;
    }

    static boolean isSecret(RouteTemplateParameterDefinition declaration) {
        return declaration.getDescription() != null && declaration.getDescription().startsWith(SECRET);
    }
}
