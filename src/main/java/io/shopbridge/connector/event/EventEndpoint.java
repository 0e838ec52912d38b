package io.shopbridge.connector.event;

import java.util.Set;

import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;

/** The events of one model, of some kinds. Consume-only: producers write rows or send to the SEDA event queue. */
public class EventEndpoint extends DefaultEndpoint {

    private final String model;
    private final Set<String> kinds;

    EventEndpoint(String uri, EventComponent component, String model, Set<String> kinds) {
        super(uri, component);
        this.model = model;
        this.kinds = Set.copyOf(kinds);
    }

    @Override
    public EventComponent getComponent() {
        return (EventComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException(
                "event: endpoints only consume; send in-process events to the SEDA endpoint of the event routes");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        EventConsumer consumer = new EventConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    public String getModel() {
        return model;
    }

    boolean accepts(ConnectorEvent event) {
        return model.equals(event.model()) && kinds.contains(event.kind());
    }
}
