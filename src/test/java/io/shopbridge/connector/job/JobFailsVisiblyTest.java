package io.shopbridge.connector.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;

/** A bad job fails with its reason kept on the row; the engine keeps running the others. */
@QuarkusTest
class JobFailsVisiblyTest {

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @Inject
    ErpFixtures db;

    @Test
    void aJobThatThrowsFailsAtOnceWithItsErrorAndTrace() {
        String uuid = enqueue("job:test_throws", Map.of());
        jobs.awaitState(uuid, "failed");
        assertEquals("IllegalStateException: boom", jobs.column(uuid, "error"));
        assertTrue(jobs.column(uuid, "trace").contains("java.lang.IllegalStateException: boom"));
        assertEquals(1, jobs.attempts(uuid));
        String next = enqueue("job:test_noop", Map.of("n", 7));
        jobs.awaitState(next, "done");
        assertEquals("ok 7", jobs.column(next, "result"));
    }

    @Test
    void aJobNoRouteRunsFailsNamingIt() {
        String uuid = enqueue("job:no_such_job", Map.of());
        jobs.awaitState(uuid, "failed");
        assertEquals("No route runs job 'no_such_job'", jobs.column(uuid, "error"));
    }

    @Test
    void argsThatDoNotParseFailTheJob() {
        String uuid = UUID.randomUUID().toString();
        db.update("INSERT INTO queue_job (uuid, name, args, state) VALUES (?, 'test_noop', '{not json', 'pending')",
                uuid);
        jobs.awaitState(uuid, "failed");
        assertTrue(jobs.column(uuid, "error").startsWith("Job args are not a JSON object"),
                jobs.column(uuid, "error"));
    }

    @Test
    void nothingToDoEndsDoneWithItsNote() {
        String uuid = enqueue("job:test_nothing", Map.of());
        jobs.awaitState(uuid, "done");
        assertEquals("already in sync", jobs.column(uuid, "result"));
    }

    private String enqueue(String uri, Map<String, Object> args) {
        return producer.request(uri, exchange -> exchange.getMessage().setBody(args))
                .getMessage().getHeader(JobHeaders.UUID, String.class);
    }
}
