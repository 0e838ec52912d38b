package io.shopbridge.connector.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A transaction that opens on first use. A route that never touches the database costs no connection, which lets the
 * job engine record the outcome of such jobs in batches instead of one transaction each.
 */
public final class UnitOfWork implements AutoCloseable {

    private final Transactions transactions;
    private final boolean owned;
    private Connection connection;

    private UnitOfWork(Transactions transactions, Connection connection, boolean owned) {
        this.transactions = transactions;
        this.connection = connection;
        this.owned = owned;
    }

    /** A unit that opens its own connection when first asked for it, and commits, rolls back and closes it. */
    static UnitOfWork lazy(Transactions transactions) {
        return new UnitOfWork(transactions, null, true);
    }

    /** A unit joining a transaction someone else commits: commit, rollback and close leave it alone. */
    public static UnitOfWork joining(Connection connection) {
        return new UnitOfWork(null, connection, false);
    }

    public Connection connection() throws SQLException {
        if (connection == null) {
            connection = transactions.open();
        }
        return connection;
    }

    /** Whether anything asked for the connection. */
    public boolean opened() {
        return connection != null;
    }

    public void commit() throws SQLException {
        if (owned && connection != null) {
            connection.commit();
            transactions.committed(connection);
        }
    }

    public void rollback() throws SQLException {
        if (owned && connection != null) {
            connection.rollback();
        }
    }

    @Override
    public void close() throws SQLException {
        if (owned && connection != null) {
            try {
                connection.rollback();
            } finally {
                transactions.closed(connection);
                connection.close();
                connection = null;
            }
        }
    }
}
