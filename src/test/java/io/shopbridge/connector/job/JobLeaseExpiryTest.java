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

/** A started job whose instance died (its lease ran out) is taken back and runs again, here. */
@QuarkusTest
class JobLeaseExpiryTest {

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Test
    void aJobLeftStartedByADeadInstanceRunsAgain() {
        String uuid = UUID.randomUUID().toString();
        db.update("""
                INSERT INTO queue_job (uuid, name, args, state, attempts, worker, lease_until, started_at)
                VALUES (?, 'test_noop', '{"n": 1}', 'started', 1, 'dead-instance', ?, ?)""", uuid,
                OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5), OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(6));
        jobs.awaitState(uuid, "done");
        assertEquals(2, jobs.attempts(uuid));
        assertEquals("ok 1", jobs.column(uuid, "result"));
    }

    @Test
    void aJobWhoseLeaseIsStillValidIsLeftAlone() {
        String uuid = UUID.randomUUID().toString();
        db.update("""
                INSERT INTO queue_job (uuid, name, args, state, attempts, worker, lease_until, started_at)
                VALUES (?, 'test_noop', '{}', 'started', 1, 'live-instance', ?, ?)""", uuid,
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10), OffsetDateTime.now(ZoneOffset.UTC));
        // it must stay started through several maintenance rounds (1 s apart in test)
        await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(5))
                .until(() -> "started".equals(jobs.state(uuid)));
        db.update("DELETE FROM queue_job WHERE uuid = ?", uuid);
    }
}
