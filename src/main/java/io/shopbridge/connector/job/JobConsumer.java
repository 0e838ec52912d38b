package io.shopbridge.connector.job;

import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/** The route that runs one job name (for one backend, or any): registered while the route runs. */
public class JobConsumer extends DefaultConsumer {

    public JobConsumer(JobEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public JobEndpoint getEndpoint() {
        return (JobEndpoint) super.getEndpoint();
    }

    String backend() {
        return getEndpoint().options().backend();
    }

    int batchSize() {
        return getEndpoint().options().batchSize();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        getEndpoint().getComponent().handlers().register(this);
    }

    @Override
    protected void doStop() throws Exception {
        getEndpoint().getComponent().handlers().unregister(this);
        super.doStop();
    }
}
