package io.shopbridge.sandbox.magento1.api;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * API sessions ({@code api_session}): id to last activity. Expiry slides: every successful use renews the session,
 * and a session idle for longer than the timeout is gone. A user may hold any number of sessions.
 */
public final class SessionStore {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> lastActivity = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration timeout;
    private final AtomicLong opened = new AtomicLong();

    public SessionStore(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    /** Starts a logged-in session; like Magento's login, it also sweeps out expired ones. */
    public String open() {
        opened.incrementAndGet();
        Instant now = clock.instant();
        lastActivity.values().removeIf(last -> isExpired(last, now));
        String id = newId();
        lastActivity.put(id, now);
        return id;
    }

    /** A session id nobody is logged in with, as {@code startSession} hands out. */
    public String anonymous() {
        return newId();
    }

    /** @return whether the session is alive; if so, its expiry starts over */
    public boolean renew(String id) {
        if (id == null) {
            return false;
        }
        Instant now = clock.instant();
        Instant renewed = lastActivity.computeIfPresent(id, (key, last) -> isExpired(last, now) ? null : now);
        return renewed != null;
    }

    public void close(String id) {
        if (id != null) {
            lastActivity.remove(id);
        }
    }

    /** How many sessions were opened since start: each one is an api_session row in a real shop. */
    public long opened() {
        return opened.get();
    }

    public void expireAll() {
        lastActivity.clear();
    }

    private boolean isExpired(Instant last, Instant now) {
        return Duration.between(last, now).compareTo(timeout) > 0;
    }

    /** Magento's session ids are md5 hex: 32 lowercase hex characters. */
    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
