package io.shopbridge.connector;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.builder.RouteBuilder;

/** The framework's own routes: the outbox poller, the in-process event queue, the job dispatcher and its upkeep. */
@ApplicationScoped
public class ConnectorRoutes extends RouteBuilder {

    /** In-process producers send events here (headers: model, kind, record id, backend). */
    public static final String IN_PROCESS_EVENTS = "seda:connector-events";

    @Override
    public void configure() {
        from("timer:connector-event-outbox?period={{shopbridge.events.poll-period}}&delay={{shopbridge.startup-delay}}")
                .routeId("connector-event-outbox")
                .autoStartup("{{shopbridge.events.enabled}}")
                .bean("eventOutbox", "poll");

        from("timer:connector-event-cleanup?period={{shopbridge.events.cleanup-period}}&delay={{shopbridge.startup-delay}}")
                .routeId("connector-event-cleanup")
                .autoStartup("{{shopbridge.events.enabled}}")
                .bean("eventOutbox", "deleteConsumed");

        from(IN_PROCESS_EVENTS + "?concurrentConsumers={{shopbridge.events.in-process-consumers}}")
                .routeId("connector-event-in-process")
                .bean("eventOutbox", "dispatchInProcess");

        from("timer:connector-job-dispatcher?period={{shopbridge.jobs.poll-period}}&delay={{shopbridge.startup-delay}}")
                .routeId("connector-job-dispatcher")
                .autoStartup("{{shopbridge.jobs.enabled}}")
                .bean("jobRunner", "dispatch");

        from("timer:connector-job-maintenance?period={{shopbridge.jobs.maintenance-period}}&delay={{shopbridge.startup-delay}}")
                .routeId("connector-job-maintenance")
                .autoStartup("{{shopbridge.jobs.enabled}}")
                .bean("jobRunner", "maintain");

        from("timer:connector-job-stats?period={{shopbridge.jobs.stats-period}}&delay={{shopbridge.startup-delay}}")
                .routeId("connector-job-stats")
                .bean("jobQueueStats", "refresh");
    }
}
