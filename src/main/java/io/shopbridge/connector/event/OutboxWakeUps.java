package io.shopbridge.connector.event;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.shopbridge.connector.db.StoreNotifications;
import io.shopbridge.connector.event.h2.OutboxTrigger;

/**
 * Drains the outbox as soon as events are there, between the polls, on a thread of its own. On PostgreSQL an insert
 * into the outbox notifies {@value #CHANNEL} at commit (V60). On H2 the outbox trigger runs in this JVM but before its
 * transaction commits: after each write the outbox is drained every {@code RECHECK} until {@code FOLLOW} after the
 * last one, which takes the events within a few milliseconds of a short transaction's commit; a longer one waits for
 * the poll.
 */
@ApplicationScoped
public class OutboxWakeUps {

    private static final Logger LOG = Logger.getLogger(OutboxWakeUps.class);
    static final String CHANNEL = "shopbridge_events";
    private static final long FOLLOW = Duration.ofMillis(100).toNanos();
    private static final long RECHECK = Duration.ofMillis(2).toNanos();

    @Inject
    StoreNotifications notifications;

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean following = new AtomicBoolean();
    private volatile long lastWrite;
    private volatile Runnable drain;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "shopbridge-event-wake-up");
        t.setDaemon(true);
        return t;
    });

    /** From now on, news of events runs {@code drain}; once, later calls change nothing. */
    void start(Runnable drain) {
        if (started.compareAndSet(false, true)) {
            this.drain = drain;
            notifications.subscribe(CHANNEL, this::committed);
            OutboxTrigger.onWrite(this::written);
        }
    }

    private void committed() {
        if (queued.compareAndSet(false, true)) {
            thread.execute(() -> {
                queued.set(false);
                drainQuietly();
            });
        }
    }

    private void written() {
        lastWrite = System.nanoTime();
        if (following.compareAndSet(false, true)) {
            thread.execute(this::follow);
        }
    }

    private void follow() {
        do {
            try {
                while (System.nanoTime() - lastWrite < FOLLOW) {
                    drainQuietly();
                    LockSupport.parkNanos(RECHECK);
                }
            } finally {
                following.set(false);
            }
            // a write between the last check and the flag's reset found the flag still set
        } while (System.nanoTime() - lastWrite < FOLLOW && following.compareAndSet(false, true));
    }

    private void drainQuietly() {
        try {
            drain.run();
        } catch (RuntimeException e) {
            LOG.debugf(e, "draining the outbox on news failed; the next poll tries again");
        }
    }

    @PreDestroy
    void stop() {
        if (started.get()) {
            notifications.unsubscribe(CHANNEL);
            OutboxTrigger.onWrite(null);
        }
        thread.shutdownNow();
    }
}
