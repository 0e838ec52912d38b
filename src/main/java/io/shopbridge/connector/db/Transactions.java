package io.shopbridge.connector.db;

import java.sql.Connection;
import java.sql.SQLException;

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

    /** Exchange property holding the {@link UnitOfWork} of the exchange's transaction. */
    public static final String UNIT_OF_WORK = "ShopbridgeUnitOfWork";

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

    /** A transaction that opens its connection only if some step asks for it; the caller closes it. */
    public UnitOfWork begin() {
        return UnitOfWork.lazy(dataSource);
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
