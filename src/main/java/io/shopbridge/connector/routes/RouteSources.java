package io.shopbridge.connector.routes;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which routes file each route of the routes folder came from, so that a mistake found later in start-up (an endpoint
 * option, a backend without a row) is reported against the file and the route the user wrote.
 */
@ApplicationScoped
public class RouteSources {

    private final Map<String, Path> files = new ConcurrentHashMap<>();

    void add(String routeId, Path file) {
        files.put(routeId, file);
    }

    /** A refusal of start-up for a mistake in this route: names its file when it came from the routes folder. */
    public StartupRefusedException refusal(String routeId, String problem) {
        Path file = files.get(routeId);
        return new StartupRefusedException(file == null ? "route " + routeId + ": " + problem
                : inRoute(file, routeId, problem));
    }

    static String inRoute(Path file, String routeId, String problem) {
        return "routes file " + file + ", route " + routeId + ": " + problem;
    }
}
