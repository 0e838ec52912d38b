package io.shopbridge.connector.db;

import java.sql.Connection;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.Exchange;

/**
 * One database transaction per unit of work, carried with the exchange so that every step of a route (enqueueing a
 * job, binding a record) commits or rolls back together.
 */
@ApplicationScoped
public class Transactions {

    /** Exchange property holding the {@link Connection} of the exchange's transaction. */
    public static final String CONNECTION = "ShopbridgeConnection";

    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws Exception;
    }

    @Inject
    DataSource dataSource;

    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (Exception | Error e) {
                connection.rollback();
                throw e;
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new DatabaseException(e);
        }
    }

    /** The transaction carried by the exchange, if a route opened one. */
    public static Connection current(Exchange exchange) {
        return exchange.getProperty(CONNECTION, Connection.class);
    }

    /** Runs in the exchange's transaction when there is one, else in a new transaction of its own. */
    public <T> T inCurrentOrNew(Exchange exchange, Work<T> work) {
        Connection connection = current(exchange);
        if (connection == null) {
            return inTransaction(work);
        }
        try {
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
