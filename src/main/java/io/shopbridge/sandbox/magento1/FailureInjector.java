package io.shopbridge.sandbox.magento1;

import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

/** Makes the next N XML-RPC requests fail at HTTP level, as a proxy in front of a shop would (502, 503, 504…). */
final class FailureInjector {

    private record Pending(int remaining, int httpStatus) {
    }

    private final AtomicReference<Pending> pending = new AtomicReference<>();

    void failNext(int times, int httpStatus) {
        if (times < 0 || httpStatus < 100 || httpStatus > 599) {
            throw new IllegalArgumentException("Need times >= 0 and an HTTP status 100..599");
        }
        pending.set(times == 0 ? null : new Pending(times, httpStatus));
    }

    /** @return the status to fail this request with, using up one pending failure; empty to serve it normally */
    OptionalInt takeFailure() {
        while (true) {
            Pending current = pending.get();
            if (current == null) {
                return OptionalInt.empty();
            }
            Pending next = current.remaining() > 1 ? new Pending(current.remaining() - 1, current.httpStatus()) : null;
            if (pending.compareAndSet(current, next)) {
                return OptionalInt.of(current.httpStatus());
            }
        }
    }

    void clear() {
        pending.set(null);
    }
}
