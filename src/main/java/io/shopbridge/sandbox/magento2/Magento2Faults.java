package io.shopbridge.sandbox.magento2;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Failures of the Magento 2 sandbox as a proxy or a slow shop makes them: the next N calls answered with a status
 * (a 429 or 503 with {@code Retry-After}) before the shop sees them; the next N answered late, after the work, past
 * the client's timeout; the answer to the next call of a method and path lost after the shop did the work.
 */
final class Magento2Faults {

    /** A status to answer, and the {@code Retry-After} seconds to send with it (null for none). */
    record Failure(int status, String retryAfter) {
    }

    private record Pending(int remaining, Failure failure) {
    }

    private record Slow(int remaining, long millis) {
    }

    private record LostAnswer(String method, Pattern path, int status) {
    }

    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final AtomicReference<Slow> slow = new AtomicReference<>();
    private final AtomicReference<LostAnswer> lost = new AtomicReference<>();

    void failNext(int times, int status, String retryAfter) {
        requireTimes(times);
        requireStatus(status);
        pending.set(times == 0 ? null : new Pending(times, new Failure(status, retryAfter)));
    }

    Optional<Failure> takeFailure() {
        while (true) {
            Pending current = pending.get();
            if (current == null) {
                return Optional.empty();
            }
            Pending next = current.remaining() > 1 ? new Pending(current.remaining() - 1, current.failure()) : null;
            if (pending.compareAndSet(current, next)) {
                return Optional.of(current.failure());
            }
        }
    }

    void slowNext(int times, long millis) {
        requireTimes(times);
        if (millis < 0) {
            throw new IllegalArgumentException("Need millis >= 0");
        }
        slow.set(times == 0 ? null : new Slow(times, millis));
    }

    /** @return how long to hold this answer back, using up one slow answer */
    long takeDelay() {
        while (true) {
            Slow current = slow.get();
            if (current == null) {
                return 0;
            }
            Slow next = current.remaining() > 1 ? new Slow(current.remaining() - 1, current.millis()) : null;
            if (slow.compareAndSet(current, next)) {
                return current.millis();
            }
        }
    }

    /** @param pathRegex matched against the whole path below {@code V1/}, e.g. {@code order/\d+/invoice} */
    void loseNextAnswer(String method, String pathRegex, int status) {
        if (method == null || method.isBlank() || pathRegex == null || pathRegex.isBlank()) {
            throw new IllegalArgumentException("Need the method and path (a regex below V1/) whose answer to lose");
        }
        requireStatus(status);
        lost.set(new LostAnswer(method, Pattern.compile(pathRegex), status));
    }

    /** @return the status replacing the answer to this call, once; empty to send the answer */
    Optional<Integer> takeLostAnswer(String method, String path) {
        LostAnswer current = lost.get();
        if (current != null && current.method().equals(method) && current.path().matcher(path).matches()
                && lost.compareAndSet(current, null)) {
            return Optional.of(current.status());
        }
        return Optional.empty();
    }

    void clear() {
        pending.set(null);
        slow.set(null);
        lost.set(null);
    }

    private static void requireTimes(int times) {
        if (times < 0) {
            throw new IllegalArgumentException("Need times >= 0");
        }
    }

    private static void requireStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("Need an HTTP status 100..599");
        }
    }
}
