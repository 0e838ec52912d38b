package io.shopbridge.connector.job;

import java.time.Clock;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.routes.RouteSources;

/**
 * The {@code job:} endpoint. {@code to("job:export_invoice?priority=5&channel=root.magento")} enqueues a persistent
 * job; {@code from("job:export_invoice?backend=shop-eu")} is the route that runs it.
 */
@ApplicationScoped
@Named("job")
public class JobComponent extends DefaultComponent {

    @Inject
    JobHandlers handlers;

    @Inject
    JobQueue queue;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    @Inject
    RouteSources routeSources;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        // Every option is taken out of the map here. DefaultComponent binds whatever is left onto the endpoint's
        // setters, and for a hand-written component (no generated PropertyConfigurer) it does so by reflection, which
        // a native image only allows for registered classes; with nothing left it binds nothing, and an unknown option
        // fails here with the list of known ones instead of a reflection error.
        JobEndpointOptions options;
        try {
            options = JobEndpointOptions.take(parameters);
        } catch (IllegalArgumentException e) {
            CamelContext camel = getCamelContext();
            String routeId = camel == null ? null : camel.getCamelContextExtension().getCreateRoute();
            if (routeId == null || camel.isStarted()) {
                throw e;
            }
            // a route being created at start-up: the mistake is in a route someone wrote, which start-up names
            throw routeSources.refusal(routeId, "job endpoint job:" + remaining + ": " + e.getMessage());
        }
        return new JobEndpoint(uri, this, remaining, options);
    }

    JobHandlers handlers() {
        return handlers;
    }

    JobQueue queue() {
        return queue;
    }

    Transactions transactions() {
        return transactions;
    }

    Clock clock() {
        return clock;
    }
}
