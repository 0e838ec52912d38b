package io.shopbridge.connector.job;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;

/** Done jobs older than shopbridge.jobs.keep-done are deleted; newer ones and failed ones stay. */
@QuarkusTest
class JobCleanupTest {

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Test
    void oldDoneJobsGoRecentAndFailedOnesStay() {
        String old = insert("done", 8);
        String recent = insert("done", 1);
        String oldFailed = insert("failed", 30);
        await().atMost(Duration.ofSeconds(10)).until(() -> jobs.state(old) == null);
        assertEquals("done", jobs.state(recent));
        assertEquals("failed", jobs.state(oldFailed));
        db.update("DELETE FROM queue_job WHERE uuid IN (?, ?)", recent, oldFailed);
    }

    private String insert(String state, int daysAgo) {
        String uuid = UUID.randomUUID().toString();
        db.update("INSERT INTO queue_job (uuid, name, state, done_at) VALUES (?, 'test_noop', ?, ?)", uuid, state,
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo));
        return uuid;
    }
}
