package io.shopbridge.connector.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.db.UnitOfWork;

/**
 * Delivers events to the subscription routes. Each outbox event is consumed in one transaction with everything its
 * subscribers do (typically: enqueue a job), so an event is never half-handled. An event nobody can handle, or whose
 * subscriber fails, is kept as {@code rejected} with the reason, and logged.
 */
@ApplicationScoped
public class EventOutbox {

    private static final Logger LOG = Logger.getLogger(EventOutbox.class);

    @Inject
    EventSubscriptions subscriptions;

    @Inject
    Transactions transactions;

    @Inject
    OutboxWakeUps wakeUps;

    @ConfigProperty(name = "shopbridge.events.batch-size")
    int batchSize;

    @ConfigProperty(name = "shopbridge.events.keep-done")
    Duration keepDone;

    @ConfigProperty(name = "shopbridge.events.cleanup-batch")
    int cleanupBatch;

    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean wanted = new AtomicBoolean();

    /**
     * Handles the new outbox events, oldest first, a batch per transaction until none is left: a burst drains at the
     * pace the subscribers keep, not one batch per poll period, and never holds more than a batch in memory. Called
     * by the poll timer and on news of committed events; a call while another drains makes that one look again
     * instead of draining beside it, which keeps the events of a record in order. Returns how many were looked at.
     */
    public int poll() {
        wakeUps.start(this::poll);
        int seen = 0;
        wanted.set(true);
        while (wanted.get() && draining.tryLock()) {
            try {
                while (wanted.getAndSet(false)) {
                    seen += drain();
                }
            } finally {
                draining.unlock();
            }
        }
        return seen;
    }

    private int drain() {
        int seen = 0;
        List<ConnectorEvent> batch;
        do {
            batch = transactions.inTransaction(this::readNew);
            consume(batch);
            seen += batch.size();
        } while (batch.size() == batchSize);
        return seen;
    }

    /** Deletes at most one batch of events consumed before the keep period; rejected ones stay for a person. */
    public int deleteConsumed() {
        int deleted = transactions.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    DELETE FROM connector_event WHERE id IN (
                        SELECT id FROM connector_event WHERE state = 'done' AND processed_at < ?
                        ORDER BY processed_at LIMIT ?)""")) {
                ps.setObject(1, Instant.now().minus(keepDone).atOffset(ZoneOffset.UTC));
                ps.setInt(2, cleanupBatch);
                return ps.executeUpdate();
            }
        });
        if (deleted > 0) {
            LOG.debugf("deleted %d consumed event(s) older than %s", deleted, keepDone);
        }
        return deleted;
    }

    /** Handles an in-process event (from the SEDA queue): headers model, kind, record id and backend. */
    public void dispatchInProcess(Exchange exchange) {
        Message in = exchange.getMessage();
        String model = in.getHeader(EventHeaders.MODEL, String.class);
        String kind = in.getHeader(EventHeaders.KIND, String.class);
        Long recordId = in.getHeader(EventHeaders.RECORD_ID, Long.class);
        if (model == null || recordId == null || !ConnectorEvent.KINDS.contains(kind)) {
            throw new IllegalArgumentException("Malformed event: needs headers " + EventHeaders.MODEL + ", "
                    + EventHeaders.RECORD_ID + " and " + EventHeaders.KIND + " in " + ConnectorEvent.KINDS
                    + "; got model=" + model + ", kind=" + kind + ", record=" + recordId);
        }
        ConnectorEvent event = new ConnectorEvent(null, model, kind, recordId, in.getHeader(EventHeaders.BACKEND,
                String.class));
        if (!subscriptions.knowsModel(model)) {
            throw new IllegalArgumentException("No route subscribes to model " + model);
        }
        transactions.inTransaction(c -> {
            deliver(c, event);
            return null;
        });
    }

    /**
     * Consumes a batch in one transaction. When an event's subscriber fails, the batch is rolled back and its events
     * are taken one transaction each, the failing one kept as rejected with the reason: a batch costs one commit,
     * and one bad event holds back none of the others.
     */
    private void consume(List<ConnectorEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            transactions.inTransaction(c -> {
                for (ConnectorEvent event : batch) {
                    take(c, event);
                }
                return null;
            });
        } catch (RuntimeException batchFailed) {
            LOG.debugf(batchFailed, "a batch of %d events failed; taking them one by one", batch.size());
            batch.forEach(this::consumeAlone);
        }
    }

    private void consumeAlone(ConnectorEvent event) {
        try {
            transactions.inTransaction(c -> {
                take(c, event);
                return null;
            });
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            transactions.inTransaction(c -> {
                reject(c, event, reason);
                return null;
            });
        }
    }

    /** Marks the event done and runs its subscribers; throws when one of them fails. */
    private void take(Connection c, ConnectorEvent event) throws Exception {
        if (!subscriptions.knowsModel(event.model())) {
            reject(c, event, "no route subscribes to model " + event.model());
        } else if (markDone(c, event)) {
            deliver(c, event);
        }
    }

    private void deliver(Connection connection, ConnectorEvent event) throws Exception {
        for (EventConsumer consumer : subscriptions.matching(event)) {
            Exchange exchange = consumer.createExchange(false);
            try {
                Message message = exchange.getMessage();
                message.setHeader(EventHeaders.EVENT_ID, event.id());
                message.setHeader(EventHeaders.MODEL, event.model());
                message.setHeader(EventHeaders.KIND, event.kind());
                message.setHeader(EventHeaders.RECORD_ID, event.recordId());
                message.setHeader(EventHeaders.BACKEND, event.backendId());
                exchange.setProperty(Transactions.UNIT_OF_WORK, UnitOfWork.joining(connection));
                consumer.getProcessor().process(exchange);
                if (exchange.getException() != null) {
                    throw new EventRejectedException("route " + consumer.getRouteId() + " failed: "
                            + exchange.getException().getMessage(), exchange.getException());
                }
            } finally {
                exchange.removeProperty(Transactions.UNIT_OF_WORK);
                consumer.releaseExchange(exchange, false);
            }
        }
    }

    private List<ConnectorEvent> readNew(Connection c) throws SQLException {
        List<ConnectorEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, model, kind, record_id, backend_id FROM connector_event
                WHERE state = 'new' ORDER BY id LIMIT ?""")) {
            ps.setInt(1, batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new ConnectorEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5)));
                }
            }
        }
        return events;
    }

    /** Takes the event; false when another instance took it first. */
    private boolean markDone(Connection c, ConnectorEvent event) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE connector_event SET state = 'done', processed_at = ? WHERE id = ? AND state = 'new'")) {
            ps.setObject(1, Instant.now().atOffset(ZoneOffset.UTC));
            ps.setLong(2, event.id());
            return ps.executeUpdate() == 1;
        }
    }

    private void reject(Connection c, ConnectorEvent event, String reason) throws SQLException {
        LOG.warnf("rejected event %d (%s %s %d, backend %s): %s", event.id(), event.kind(), event.model(),
                event.recordId(), event.backendId(), reason);
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE connector_event SET state = 'rejected', error = ?, processed_at = ?
                WHERE id = ? AND state = 'new'""")) {
            ps.setString(1, reason.length() > 4000 ? reason.substring(0, 4000) : reason);
            ps.setObject(2, Instant.now().atOffset(ZoneOffset.UTC));
            ps.setLong(3, event.id());
            ps.executeUpdate();
        }
    }
}
