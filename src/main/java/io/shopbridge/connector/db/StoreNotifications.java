package io.shopbridge.connector.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * PostgreSQL notifications (LISTEN), for every channel a part of the connector subscribes to, on one connection of
 * its own: news that another transaction committed work (new jobs, new outbox events), so that it is taken at once
 * instead of at the next poll. A callback runs on the listening thread: it must be quick and hand work off. Each
 * callback also runs whenever the connection (re)starts listening, for news committed while nobody listened; polls
 * remain the safety net. On a store without notifications (H2) nothing is listened to.
 */
@ApplicationScoped
public class StoreNotifications {

    private static final Logger LOG = Logger.getLogger(StoreNotifications.class);
    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);

    @Inject
    DataSource dataSource;

    /** How long one wait for notifications lasts: a new subscription or a stop is seen within it. */
    @ConfigProperty(name = "shopbridge.store.listen-timeout")
    Duration waitTimeout;

    private final Map<String, Runnable> subscriptions = new ConcurrentHashMap<>();
    /** The listening thread; a thread whose place another took (a stop, then a subscription) ends at its next wait. */
    private volatile Thread thread;

    StoreNotifications() {
    }

    /** Outside CDI (a second engine instance in tests). */
    public StoreNotifications(DataSource dataSource, Duration waitTimeout) {
        this.dataSource = dataSource;
        this.waitTimeout = waitTimeout;
    }

    /** Calls {@code onNews} whenever a committed transaction notified {@code channel}; starts listening if need be. */
    public synchronized void subscribe(String channel, Runnable onNews) {
        if (!CHANNEL_NAME.matcher(channel).matches()) {
            throw new IllegalArgumentException("not a channel name: " + channel);
        }
        subscriptions.put(channel, onNews);
        if (thread == null) {
            Thread listener = new Thread(this::loop, "shopbridge-store-listen");
            listener.setDaemon(true);
            thread = listener;
            listener.start();
        }
    }

    /** Stops calling the channel's callback; the listening thread ends with the last subscription. */
    public synchronized void unsubscribe(String channel) {
        subscriptions.remove(channel);
        if (subscriptions.isEmpty() && thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    private void loop() {
        while (listening()) {
            Set<String> listened = new HashSet<>();
            try (Connection c = dataSource.getConnection()) {
                if (!c.isWrapperFor(PGConnection.class)) {
                    return;
                }
                c.setAutoCommit(true);
                try {
                    listenOn(c, listened);
                } finally {
                    // the pool keeps the session: it must not go on collecting notifications nobody reads
                    try (Statement s = c.createStatement()) {
                        s.execute("UNLISTEN *");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listening()) {
                    LOG.warnf("listening for news of committed work failed (%s); polling meanwhile, listening again"
                            + " in %d ms", e.getMessage(), RECONNECT_DELAY.toMillis());
                    LockSupport.parkNanos(RECONNECT_DELAY.toNanos());
                }
            }
        }
    }

    /** Whether the calling thread is still the one that listens. */
    private boolean listening() {
        return thread == Thread.currentThread();
    }

    private void listenOn(Connection c, Set<String> listened) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        while (listening()) {
            listenToNewChannels(c, listened);
            PGNotification[] notifications = pg.getNotifications((int) waitTimeout.toMillis());
            if (notifications == null) {
                continue;
            }
            Set<String> notified = new HashSet<>();
            for (PGNotification notification : notifications) {
                notified.add(notification.getName());
            }
            notified.forEach(this::callBack);
        }
    }

    /** LISTENs to the channels subscribed since; each one's callback runs once for what it may have missed. */
    private void listenToNewChannels(Connection c, Set<String> listened) throws SQLException {
        for (String channel : Set.copyOf(subscriptions.keySet())) {
            if (listened.add(channel)) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + channel);
                }
                callBack(channel);
            }
        }
    }

    private void callBack(String channel) {
        Runnable callback = subscriptions.get(channel);
        if (callback == null) {
            return;
        }
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.warnf(e, "handling news on %s failed; the next poll takes the work", channel);
        }
    }
}
