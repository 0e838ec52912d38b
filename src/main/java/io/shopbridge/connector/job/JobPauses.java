package io.shopbridge.connector.job;

import java.time.Instant;
import java.util.List;

/**
 * Pausing jobs without stopping the instances: a paused backend's jobs, or a paused channel's (its sub-channels
 * included), stay pending and are not claimed by any instance until resumed. Pauses are rows of the database, so
 * every instance obeys them from its next claim on, and they outlive restarts. Jobs already claimed or running
 * finish normally. Pausing what is already paused, or resuming what is not, changes nothing.
 */
public interface JobPauses {

    /** What is paused: a backend id or a channel name. */
    enum Kind {
        BACKEND, CHANNEL
    }

    /** One pause: what, who set it (a user name, never a secret), why (free text, may be null) and when. */
    record Pause(Kind kind, String name, String pausedBy, String reason, Instant pausedAt) {
    }

    /** Returns true when this call paused it, false when it was already paused. */
    boolean pauseBackend(String backendId, String by, String reason);

    /** Returns true when this call resumed it, false when it was not paused. */
    boolean resumeBackend(String backendId);

    /** Pauses the channel and its sub-channels (pausing {@code root} pauses every job). */
    boolean pauseChannel(String channel, String by, String reason);

    boolean resumeChannel(String channel);

    /** Every pause in effect, backends first, then by name. */
    List<Pause> paused();
}
