package io.shopbridge.connector.job;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.support.DefaultEndpoint;

/** A named job: producing enqueues it, consuming runs it. */
@UriEndpoint(firstVersion = "0.1.0", scheme = "job", title = "Job", syntax = "job:name", category = Category.SCHEDULING)
public class JobEndpoint extends DefaultEndpoint {

    private final String jobName;
    private final JobEndpointOptions options;

    JobEndpoint(String uri, JobComponent component, String jobName, JobEndpointOptions options) {
        super(uri, component);
        if (jobName == null || jobName.isBlank()) {
            throw new IllegalArgumentException("A job endpoint needs a job name: job:<name>");
        }
        this.jobName = jobName;
        this.options = options;
    }

    @Override
    public JobComponent getComponent() {
        return (JobComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new JobProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        JobConsumer consumer = new JobConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    public String getJobName() {
        return jobName;
    }

    JobEndpointOptions options() {
        return options;
    }
}
