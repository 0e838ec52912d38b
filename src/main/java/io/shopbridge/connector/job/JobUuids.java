package io.shopbridge.connector.job;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Job uuids ordered by time (RFC 9562 version 7: milliseconds since the epoch, then 74 random bits). Jobs enqueued
 * together sit together in the uuid index, as they do in the id order: a batch of claims or ends then rewrites a few
 * of its pages instead of one page per job, which random uuids cost on every state change.
 */
final class JobUuids {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_IETF = 0x8000_0000_0000_0000L;

    private JobUuids() {
    }

    static String next(Instant now) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = now.toEpochMilli() << 16 | VERSION_7 | random.nextLong() & 0x0FFFL;
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | VARIANT_IETF;
        return new UUID(high, low).toString();
    }
}
