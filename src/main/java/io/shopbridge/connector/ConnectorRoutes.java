package io.shopbridge.connector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

import io.shopbridge.connector.backend.BackendMonitor;
import io.shopbridge.connector.event.EventOutbox;
import io.shopbridge.connector.job.JobQueueStats;
import io.shopbridge.connector.job.JobRunner;

/**
 * The framework's own routes: the outbox poller, the in-process event queue, the job dispatcher and its upkeep. They
 * call their beans as typed processors, not by bean name and method name: Camel's bean binding finds methods by
 * reflection, which a native image allows only for registered classes.
 */
@ApplicationScoped
public class ConnectorRoutes extends RouteBuilder {

    /** In-process producers send events here (headers: model, kind, record id, backend). */
    public static final String IN_PROCESS_EVENTS = "seda:connector-events";

    @Inject
    EventOutbox eventOutbox;

    @Inject
    JobRunner jobRunner;

    @Inject
    JobQueueStats jobQueueStats;

    @Inject
    BackendMonitor backendMonitor;

    @Inject
    RouteFailures failures;

    @Override
    public void configure() {
        periodic("connector-event-outbox", "{{shopbridge.events.poll-period}}", "{{shopbridge.events.enabled}}",
                exchange -> eventOutbox.poll());
        periodic("connector-event-cleanup", "{{shopbridge.events.cleanup-period}}", "{{shopbridge.events.enabled}}",
                exchange -> eventOutbox.deleteConsumed());
        periodic("connector-job-dispatcher", "{{shopbridge.jobs.poll-period}}", "{{shopbridge.jobs.enabled}}",
                exchange -> jobRunner.dispatch());
        periodic("connector-job-maintenance", "{{shopbridge.jobs.maintenance-period}}", "{{shopbridge.jobs.enabled}}",
                exchange -> jobRunner.maintain());
        periodic("connector-job-stats", "{{shopbridge.jobs.stats-period}}", "true",
                exchange -> jobQueueStats.refresh());
        periodic("connector-backend-probe", "{{shopbridge.health.backend-period}}", "true",
                exchange -> backendMonitor.refresh());

        from(IN_PROCESS_EVENTS + "?concurrentConsumers={{shopbridge.events.in-process-consumers}}")
                .routeId("connector-event-in-process")
                .process(eventOutbox::dispatchInProcess);
    }

    /**
     * A route doing {@code work} every period. When it fails (the database is gone) it tries again at its next tick,
     * and {@link RouteFailures} logs one line per episode instead of a stack trace per tick.
     */
    private void periodic(String routeId, String period, String enabled, Processor work) {
        from("timer:" + routeId + "?period=" + period + "&delay={{shopbridge.startup-delay}}")
                .routeId(routeId)
                .autoStartup(enabled)
                .onException(Exception.class).handled(true).process(failures::failed).end()
                .process(work)
                .process(failures::succeeded);
    }
}
