package io.shopbridge.connector;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.Exchange;
import org.jboss.logging.Logger;

/**
 * Logs the failures of the framework's periodic routes once per episode, not once per tick: while the database is
 * gone, the dispatcher fails five times a second, and a stack trace each time would bury the line that matters. The
 * first failure is logged with its cause, a changed cause again, and the recovery with how long it lasted.
 */
@ApplicationScoped
public class RouteFailures {

    private static final Logger LOG = Logger.getLogger(RouteFailures.class);

    private record Episode(Instant since, String cause, long failures) {
    }

    private final Map<String, Episode> failing = new ConcurrentHashMap<>();

    /** An exchange of the route failed: its exception is handled here. */
    public void failed(Exchange exchange) {
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String cause = error == null ? "unknown" : rootMessage(error);
        String route = exchange.getFromRouteId();
        failing.compute(route, (id, episode) -> {
            if (episode == null || !episode.cause().equals(cause)) {
                LOG.warnf(error, "route %s failed: %s (logged again when the cause changes or it recovers)", id,
                        cause);
                return new Episode(episode == null ? Instant.now() : episode.since(), cause,
                        episode == null ? 1 : episode.failures() + 1);
            }
            return new Episode(episode.since(), cause, episode.failures() + 1);
        });
    }

    /** An exchange of the route ended well: a failing episode, if any, is over. */
    public void succeeded(Exchange exchange) {
        Episode episode = failing.remove(exchange.getFromRouteId());
        if (episode != null) {
            LOG.infof("route %s recovered after %d failure(s) in %d s", exchange.getFromRouteId(), episode.failures(),
                    Duration.between(episode.since(), Instant.now()).toSeconds());
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
