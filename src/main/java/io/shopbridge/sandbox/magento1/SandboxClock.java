package io.shopbridge.sandbox.magento1;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** UTC wall clock that tests can move forward, e.g. to let API sessions expire without waiting. */
final class SandboxClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    SandboxClock(Clock base) {
        this.base = base;
    }

    synchronized void advance(Duration by) {
        offset = offset.plus(by);
    }

    void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The sandbox clock is always UTC, like Magento's database");
    }
}
