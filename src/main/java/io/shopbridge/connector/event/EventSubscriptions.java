package io.shopbridge.connector.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

/** The running subscription routes. */
@ApplicationScoped
public class EventSubscriptions {

    private final List<EventConsumer> consumers = new CopyOnWriteArrayList<>();

    void add(EventConsumer consumer) {
        consumers.add(consumer);
    }

    void remove(EventConsumer consumer) {
        consumers.remove(consumer);
    }

    List<EventConsumer> matching(ConnectorEvent event) {
        return consumers.stream().filter(c -> c.getEndpoint().accepts(event)).toList();
    }

    boolean knowsModel(String model) {
        return consumers.stream().anyMatch(c -> c.getEndpoint().getModel().equals(model));
    }
}
