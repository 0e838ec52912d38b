package io.shopbridge.connector.db;

import javax.sql.DataSource;

/** Transactions outside CDI, for a job engine wired by hand in a JVM of its own (EngineNode). */
public final class TransactionsFactory {

    private TransactionsFactory() {
    }

    public static Transactions over(DataSource dataSource) {
        Transactions transactions = new Transactions();
        transactions.dataSource = dataSource;
        return transactions;
    }
}
