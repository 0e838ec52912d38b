package io.shopbridge.connector.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.connector.db.StoreNotifications;

/**
 * News of jobs other instances enqueued, where the store sends it: on PostgreSQL an insert into queue_job notifies
 * channel {@code shopbridge_jobs} at commit (migrations V55, V60). On H2 there is none: other instances' jobs are seen at
 * the next poll.
 */
@ApplicationScoped
public class JobWakeups {

    static final String CHANNEL = "shopbridge_jobs";

    @Inject
    JobStoreDialect dialect;

    @Inject
    StoreNotifications notifications;

    /** Calls {@code onNewJobs} whenever another transaction commits new jobs; nothing where the store cannot say. */
    void listen(Runnable onNewJobs) {
        if (dialect.notifiesEnqueues()) {
            notifications.subscribe(CHANNEL, onNewJobs);
        }
    }

    void stop() {
        notifications.unsubscribe(CHANNEL);
    }
}
