package io.shopbridge.sandbox.magento1;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes XML-RPC requests fail at HTTP level, as a proxy in front of a shop would (502, 503, 504…): the next N before
 * the shop sees them, or the answer to the next call of one API method after the shop has done it (a lost answer).
 */
final class FailureInjector {

    private record Pending(int remaining, int httpStatus) {
    }

    private record LostAnswer(String apiMethod, int httpStatus) {
    }

    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final AtomicReference<LostAnswer> lostAnswer = new AtomicReference<>();

    void failNext(int times, int httpStatus) {
        if (times < 0) {
            throw new IllegalArgumentException("Need times >= 0");
        }
        checkStatus(httpStatus);
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

    void loseNextAnswer(String apiMethod, int httpStatus) {
        if (apiMethod == null || apiMethod.isBlank()) {
            throw new IllegalArgumentException("Need the API method whose answer to lose, e.g. sales_order_invoice.create");
        }
        checkStatus(httpStatus);
        lostAnswer.set(new LostAnswer(apiMethod, httpStatus));
    }

    /**
     * @return the status replacing the answer to a request that called {@code apiMethod} (alone, or among the calls of
     *     a multiCall), once; empty to send the answer
     */
    OptionalInt takeLostAnswer(List<String> apiMethods) {
        LostAnswer current = lostAnswer.get();
        if (current != null && apiMethods.contains(current.apiMethod()) && lostAnswer.compareAndSet(current, null)) {
            return OptionalInt.of(current.httpStatus());
        }
        return OptionalInt.empty();
    }

    private static void checkStatus(int httpStatus) {
        if (httpStatus < 100 || httpStatus > 599) {
            throw new IllegalArgumentException("Need an HTTP status 100..599");
        }
    }

    void clear() {
        pending.set(null);
        lostAnswer.set(null);
    }
}
