package io.shopbridge.connector.job;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;

/**
 * New jobs are claimed without the poll: with the dispatcher's timer stopped, a job enqueued here runs once its
 * transaction commits, and on PostgreSQL so does a job another instance inserted (LISTEN/NOTIFY).
 */
@QuarkusTest
class JobWakeUpTest {

    private static final String POLL_ROUTE = "connector-job-dispatcher";

    @Inject
    CamelContext camel;

    @Inject
    ProducerTemplate producer;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String store;

    @BeforeEach
    void stopThePoll() throws Exception {
        camel.getRouteController().stopRoute(POLL_ROUTE);
    }

    @AfterEach
    void startThePoll() throws Exception {
        camel.getRouteController().startRoute(POLL_ROUTE);
    }

    @Test
    void aJobEnqueuedHereRunsOnceItsTransactionCommits() {
        String uuid = producer.request("job:test_noop", exchange -> exchange.getMessage().setBody(Map.of("n", 7)))
                .getMessage().getHeader(JobHeaders.UUID, String.class);
        jobs.awaitState(uuid, "done");
    }

    @Test
    void aJobAnotherInstanceInsertedRunsWhenTheStoreNotifiesIt() {
        assumeTrue("postgresql".equals(store), "H2 has no notifications: other instances' jobs wait for the poll");
        String uuid = UUID.randomUUID().toString();
        db.update("INSERT INTO queue_job (uuid, name, args, state) VALUES (?, 'test_noop', '{\"n\": 8}', 'pending')",
                uuid);
        jobs.awaitState(uuid, "done");
    }
}
