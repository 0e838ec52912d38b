package io.shopbridge.connector.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.Exchange;
import org.jboss.logging.Logger;

/**
 * One database transaction per unit of work, carried with the exchange so that every step of a route (enqueueing a
 * job, binding a record) commits or rolls back together.
 */
@ApplicationScoped
public class Transactions {

    private static final Logger LOG = Logger.getLogger(Transactions.class);

    /** Exchange property holding the {@link UnitOfWork} of the exchange's transaction. */
    public static final String UNIT_OF_WORK = "ShopbridgeUnitOfWork";

    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws Exception;
    }

    @Inject
    DataSource dataSource;

    /** What to do once the transaction of a connection opened here commits, by connection (their identity). */
    private final Map<Connection, List<Runnable>> afterCommit = Collections.synchronizedMap(new IdentityHashMap<>());

    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = open()) {
            try {
                T result = work.apply(connection);
                connection.commit();
                committed(connection);
                return result;
            } catch (Exception | Error e) {
                connection.rollback();
                throw e;
            } finally {
                afterCommit.remove(connection);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new DatabaseException(e);
        }
    }

    /** A transaction that opens its connection only if some step asks for it; the caller closes it. */
    public UnitOfWork begin() {
        return UnitOfWork.lazy(this);
    }

    /**
     * Runs {@code hook} once this connection's transaction commits, once however often it is asked for; nothing if it
     * rolls back, or if the connection was not opened here (no commit of its would be seen). A hook must be quick
     * and must not throw: it runs on the committing thread.
     */
    public void afterCommit(Connection connection, Runnable hook) {
        List<Runnable> hooks = afterCommit.get(connection);
        if (hooks != null) {
            synchronized (hooks) {
                if (!hooks.contains(hook)) {
                    hooks.add(hook);
                }
            }
        }
    }

    Connection open() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        afterCommit.put(connection, new ArrayList<>(1));
        return connection;
    }

    void committed(Connection connection) {
        List<Runnable> hooks = afterCommit.get(connection);
        if (hooks == null) {
            return;
        }
        List<Runnable> due;
        synchronized (hooks) {
            due = List.copyOf(hooks);
            hooks.clear();
        }
        for (Runnable hook : due) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                LOG.warnf(e, "an after-commit action failed; the transaction itself committed");
            }
        }
    }

    void closed(Connection connection) {
        afterCommit.remove(connection);
    }

    /** The transaction carried by the exchange, if a route opened one; asking for it opens a lazy one. */
    public static Connection current(Exchange exchange) throws SQLException {
        UnitOfWork unit = exchange.getProperty(UNIT_OF_WORK, UnitOfWork.class);
        return unit == null ? null : unit.connection();
    }

    /** Runs in the exchange's transaction when there is one, else in a new transaction of its own. */
    public <T> T inCurrentOrNew(Exchange exchange, Work<T> work) {
        try {
            Connection connection = current(exchange);
            if (connection == null) {
                return inTransaction(work);
            }
            return work.apply(connection);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new DatabaseException(e);
        }
    }

    /** Wraps checked SQL failures. */
    public static class DatabaseException extends RuntimeException {
        public DatabaseException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
