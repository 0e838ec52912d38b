package io.shopbridge.connector.event;

import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/** A subscription route: registered with the event dispatcher while it runs. */
public class EventConsumer extends DefaultConsumer {

    public EventConsumer(EventEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public EventEndpoint getEndpoint() {
        return (EventEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        getEndpoint().getComponent().subscriptions().add(this);
    }

    @Override
    protected void doStop() throws Exception {
        getEndpoint().getComponent().subscriptions().remove(this);
        super.doStop();
    }
}
