package io.shopbridge.connector.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.LogCapture;
import io.shopbridge.support.TestJobRoutes;

/**
 * A line a job's route logs carries the job's uuid, name, backend, model and record in its MDC; the worker's MDC is
 * clean again after the job.
 */
@QuarkusTest
class JobLogContextTest {

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @Test
    void theLinesAJobLogsNameTheJob() {
        try (LogCapture log = LogCapture.of(TestJobRoutes.LOGS_LOGGER)) {
            String first = enqueue("first", 41L);
            String second = enqueue("second", null);
            jobs.awaitState(first, "done");
            jobs.awaitState(second, "done");

            ExtLogRecord line = line(log, "running first");
            assertEquals(first, line.getMdc("job.uuid"));
            assertEquals("test_logs", line.getMdc("job.name"));
            assertEquals("shop-mdc", line.getMdc("job.backend"));
            assertEquals("mdc.model", line.getMdc("job.model"));
            assertEquals("41", line.getMdc("job.record"));

            // a job about no record: nothing left over from the one before, whichever worker ran both
            ExtLogRecord next = line(log, "running second");
            assertEquals(second, next.getMdc("job.uuid"));
            assertNull(next.getMdc("job.record"));
        }
    }

    private String enqueue(String n, Long record) {
        return producer.request("job:test_logs", exchange -> {
            exchange.getMessage().setBody(Map.of("n", n));
            exchange.getMessage().setHeader(JobHeaders.BACKEND, "shop-mdc");
            exchange.getMessage().setHeader(JobHeaders.MODEL, "mdc.model");
            exchange.getMessage().setHeader(JobHeaders.RECORD_ID, record);
        }).getMessage().getHeader(JobHeaders.UUID, String.class);
    }

    private static ExtLogRecord line(LogCapture log, String message) {
        return log.records().stream().filter(r -> message.equals(r.getMessage())).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + message + "' among " + log.messages()));
    }
}
