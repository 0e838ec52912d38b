package io.shopbridge.reliability;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The faults a shop on a bad day shows, drawn at random per request from a seed: sessions expired before the call,
 * HTTP 5xx with no effect, answers slower than the client waits for (the shop did the work), and answers to creates
 * lost after the shop did the work. It counts what it injected, by kind.
 */
final class ShopChaos {

    /** What to do with one request. */
    enum Fault {
        NONE, SERVER_ERROR, SLOW_ANSWER, LOST_ANSWER
    }

    /** Rates in [0, 1]. */
    record Rates(double serverError, double slowAnswer, double lostCreateAnswer, double sessionExpiry) {
        static final Rates NONE = new Rates(0, 0, 0, 0);
    }

    private final Random random;
    private volatile Rates rates = Rates.NONE;
    private final Map<String, AtomicLong> counts = new TreeMap<>();

    ShopChaos(long seed) {
        this.random = new Random(seed);
        for (String kind : new String[] {"http_5xx", "slow_answer", "lost_create_answer", "session_expired",
                "requests"}) {
            counts.put(kind, new AtomicLong());
        }
    }

    void rates(Rates rates) {
        this.rates = rates;
    }

    /** Whether to expire every session before serving this request. */
    synchronized boolean expireSessions() {
        counts.get("requests").incrementAndGet();
        return draw(rates.sessionExpiry(), "session_expired");
    }

    /** The fault for one request; only creates lose their answers (a lost read is just a retried read). */
    synchronized Fault fault(boolean isCreate) {
        Rates r = rates;
        if (draw(r.serverError(), "http_5xx")) {
            return Fault.SERVER_ERROR;
        }
        if (draw(r.slowAnswer(), "slow_answer")) {
            return Fault.SLOW_ANSWER;
        }
        if (isCreate && draw(r.lostCreateAnswer(), "lost_create_answer")) {
            return Fault.LOST_ANSWER;
        }
        return Fault.NONE;
    }

    private boolean draw(double rate, String kind) {
        if (rate > 0 && random.nextDouble() < rate) {
            counts.get(kind).incrementAndGet();
            return true;
        }
        return false;
    }

    Map<String, Long> counts() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((kind, n) -> snapshot.put(kind, n.get()));
        return snapshot;
    }
}
