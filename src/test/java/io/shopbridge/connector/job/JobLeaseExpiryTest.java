package io.shopbridge.connector.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.TestClock;

/**
 * A started job whose instance died (its lease ran out) is taken back and runs again, here; one whose lease still
 * holds is left alone. The time is set, not waited for.
 */
@QuarkusTest
class JobLeaseExpiryTest {

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    JobRunner runner;

    @Inject
    TestClock clock;

    private String uuid;

    @AfterEach
    void cleanUp() {
        clock.reset();
        db.update("DELETE FROM queue_job WHERE uuid = ?", uuid);
    }

    @Test
    void aJobLeftStartedByADeadInstanceRunsAgain() {
        uuid = insertStarted("dead-instance", Duration.ofSeconds(-5));
        jobs.awaitState(uuid, "done");
        assertEquals(2, jobs.attempts(uuid));
        assertEquals("ok 1", jobs.column(uuid, "result"));
    }

    @Test
    void aLeaseHoldsUntilItsTimeThenTheJobIsTakenBack() {
        uuid = insertStarted("silent-instance", Duration.ofMinutes(3));
        clock.advance(Duration.ofMinutes(2));
        runner.maintain();
        assertEquals("started", jobs.state(uuid));

        clock.advance(Duration.ofMinutes(2));
        runner.maintain();
        jobs.awaitState(uuid, "done");
        assertEquals(2, jobs.attempts(uuid));
    }

    private String insertStarted(String worker, Duration leaseLeft) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        db.update("""
                INSERT INTO queue_job (uuid, name, args, state, attempts, worker, lease_until, started_at, created_at)
                VALUES (?, 'test_noop', '{"n": 1}', 'started', 1, ?, ?, ?, ?)""", id, worker, now.plus(leaseLeft),
                now.minusMinutes(6), now);
        return id;
    }
}
