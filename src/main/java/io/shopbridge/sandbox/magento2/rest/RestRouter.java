package io.shopbridge.sandbox.magento2.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's REST routes below {@code V1/}: a method and a pattern of segments, {@code {name}} matching any one
 * segment ({@code orders/{id}/cancel}). A literal segment wins over a parameter, so {@code customers/search} is not
 * read as {@code customers/{id}}.
 */
public final class RestRouter {

    private record Route(String method, String[] pattern, RestHandler handler) {

        Optional<Map<String, String>> match(String requestMethod, List<String> segments) {
            if (!method.equals(requestMethod) || pattern.length != segments.size()) {
                return Optional.empty();
            }
            Map<String, String> parameters = new HashMap<>();
            for (int i = 0; i < pattern.length; i++) {
                if (isParameter(pattern[i])) {
                    parameters.put(pattern[i].substring(1, pattern[i].length() - 1), segments.get(i));
                } else if (!pattern[i].equals(segments.get(i))) {
                    return Optional.empty();
                }
            }
            return Optional.of(parameters);
        }

        long literals() {
            return java.util.Arrays.stream(pattern).filter(p -> !isParameter(p)).count();
        }

        static boolean isParameter(String segment) {
            return segment.startsWith("{") && segment.endsWith("}");
        }
    }

    /** A matched route: its handler and the values of its parameters. */
    public record Match(RestHandler handler, Map<String, String> pathParameters) {
    }

    private final List<Route> routes = new ArrayList<>();

    public RestRouter get(String pattern, RestHandler handler) {
        return on("GET", pattern, handler);
    }

    public RestRouter post(String pattern, RestHandler handler) {
        return on("POST", pattern, handler);
    }

    public RestRouter put(String pattern, RestHandler handler) {
        return on("PUT", pattern, handler);
    }

    public RestRouter on(String method, String pattern, RestHandler handler) {
        routes.add(new Route(method, pattern.split("/"), handler));
        return this;
    }

    public Optional<Match> match(RestRequest request) {
        Route best = null;
        Map<String, String> parameters = null;
        for (Route route : routes) {
            Optional<Map<String, String>> matched = route.match(request.method(), request.segments());
            if (matched.isPresent() && (best == null || route.literals() > best.literals())) {
                best = route;
                parameters = matched.get();
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match(best.handler(), parameters));
    }
}
