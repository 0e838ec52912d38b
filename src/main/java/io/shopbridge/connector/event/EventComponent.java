package io.shopbridge.connector.event;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code event:} endpoint: {@code from("event:magento.account.invoice?kinds=create")} subscribes a route to the
 * creations of that model's records. The route runs in the transaction that consumes the event.
 */
@ApplicationScoped
@Named("event")
public class EventComponent extends DefaultComponent {

    @Inject
    EventSubscriptions subscriptions;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        // The only option is taken out of the map here, as the job component does with its own: DefaultComponent
        // would bind leftovers onto the endpoint by reflection, which a native image only allows for registered
        // classes.
        Object kindsOption = parameters.remove("kinds");
        if (!parameters.isEmpty()) {
            throw new IllegalArgumentException("Unknown event endpoint options " + parameters.keySet() + "; known: kinds");
        }
        Set<String> kinds = kindsOption == null ? ConnectorEvent.KINDS
                : Arrays.stream(kindsOption.toString().split(",")).map(String::trim).collect(Collectors.toSet());
        for (String kind : kinds) {
            if (!ConnectorEvent.KINDS.contains(kind)) {
                throw new IllegalArgumentException("Unknown event kind '" + kind + "' in " + uri + "; known: "
                        + ConnectorEvent.KINDS);
            }
        }
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException("An event endpoint needs a model: event:<model>");
        }
        return new EventEndpoint(uri, this, remaining, kinds);
    }

    EventSubscriptions subscriptions() {
        return subscriptions;
    }
}
