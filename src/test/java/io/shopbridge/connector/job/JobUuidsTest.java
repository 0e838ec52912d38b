package io.shopbridge.connector.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Job uuids: valid version 7 uuids, ordered by the time of their enqueue, and unique among many of one instant. */
class JobUuidsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T06:00:00.123Z");

    @Test
    void aUuidIsAVersion7UuidCarryingItsMillisecond() {
        UUID uuid = UUID.fromString(JobUuids.next(NOW));
        assertEquals(7, uuid.version());
        assertEquals(2, uuid.variant());
        assertEquals(NOW.toEpochMilli(), uuid.getMostSignificantBits() >>> 16);
    }

    @Test
    void aLaterJobSortsAfterAnEarlierOneAsText() {
        for (int i = 0; i < 1000; i++) {
            String earlier = JobUuids.next(NOW);
            String later = JobUuids.next(NOW.plusMillis(1));
            assertTrue(earlier.compareTo(later) < 0, earlier + " sorts after " + later);
        }
    }

    @Test
    void jobsOfOneMillisecondGetDistinctUuids() {
        Set<String> uuids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            uuids.add(JobUuids.next(NOW));
        }
        assertEquals(100_000, uuids.size());
    }
}
