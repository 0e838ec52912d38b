package io.shopbridge.connector.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The retry pattern as queue_job writes it: delays by attempt, units, jitter bounds, and what it refuses. */
class RetryPatternTest {

    @Test
    void eachAttemptWaitsTheDelayOfTheLastStepItReached() {
        RetryPattern pattern = RetryPattern.parse("1:10s,5:60s,10:600s", 0);
        assertEquals(Duration.ofSeconds(10), pattern.delayAfter(1));
        assertEquals(Duration.ofSeconds(10), pattern.delayAfter(4));
        assertEquals(Duration.ofSeconds(60), pattern.delayAfter(5));
        assertEquals(Duration.ofSeconds(600), pattern.delayAfter(42));
    }

    @Test
    void theOdooDictFormAndEveryUnitAreRead() {
        RetryPattern pattern = RetryPattern.parse("{1: 500ms, 2: 3, 3: 2m, 4: 1h}", 0);
        assertEquals(Duration.ofMillis(500), pattern.delayAfter(1));
        assertEquals(Duration.ofSeconds(3), pattern.delayAfter(2));
        assertEquals(Duration.ofMinutes(2), pattern.delayAfter(3));
        assertEquals(Duration.ofHours(1), pattern.delayAfter(4));
    }

    @Test
    void jitterStaysWithinItsBounds() {
        RetryPattern pattern = RetryPattern.parse("1:10s", 0.2);
        for (int i = 0; i < 200; i++) {
            long millis = pattern.delayAfter(1).toMillis();
            assertTrue(millis >= 8000 && millis <= 12000, "delay " + millis + " ms");
        }
    }

    @Test
    void aBadPatternIsRefusedWithItsReason() {
        assertEquals("Bad retry pattern entry '10s' in '10s': expected <attempt>:<delay>",
                assertThrows(IllegalArgumentException.class, () -> RetryPattern.parse("10s", 0)).getMessage());
        assertEquals("Retry pattern attempts start at 1: '0:10s'",
                assertThrows(IllegalArgumentException.class, () -> RetryPattern.parse("0:10s", 0)).getMessage());
        assertEquals("Bad delay '10x' (use 500ms, 10s, 5m, 1h)",
                assertThrows(IllegalArgumentException.class, () -> RetryPattern.parse("1:10x", 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RetryPattern.parse("1:10s", 1.0));
    }
}
