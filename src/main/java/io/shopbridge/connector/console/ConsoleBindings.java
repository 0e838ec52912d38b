package io.shopbridge.connector.console;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.connector.db.Transactions;

/**
 * The bindings search. A binding table is any table with {@code backend_id}, {@code erp_id}, {@code external_id} and
 * {@code sync_date} (the shape every connector's bindings share), found in the schema: the framework names none.
 */
@ApplicationScoped
public class ConsoleBindings {

    static final int MAX_ROWS = 100;

    @Inject
    Transactions transactions;

    public List<String> tables() {
        return transactions.inTransaction(c -> {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT LOWER(table_name) FROM information_schema.columns "
                    + "WHERE table_schema = CURRENT_SCHEMA "
                    + "AND LOWER(column_name) IN ('backend_id', 'erp_id', 'external_id', 'sync_date') "
                    + "GROUP BY LOWER(table_name) HAVING COUNT(*) = 4 ORDER BY 1");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            return tables;
        });
    }

    public List<BindingRow> search(BindingQuery query) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<String> tables = tables();
        if (query.table() != null && !tables.contains(query.table())) {
            throw new IllegalArgumentException("No binding table " + query.table());
        }
        List<String> searched = query.table() == null ? tables : List.of(query.table());
        return transactions.inTransaction(c -> {
            List<BindingRow> rows = new ArrayList<>();
            for (String table : searched) {
                // the table name is one the schema listed, not the request's text
                StringBuilder sql = new StringBuilder(
                        "SELECT backend_id, erp_id, external_id, sync_date FROM " + table + " WHERE 1 = 1");
                List<Object> params = new ArrayList<>();
                if (query.erpId() != null) {
                    sql.append(" AND erp_id = ?");
                    params.add(query.erpId());
                }
                if (query.externalId() != null && !query.externalId().isBlank()) {
                    sql.append(" AND external_id = ?");
                    params.add(query.externalId().trim());
                }
                if (query.backend() != null) {
                    sql.append(" AND backend_id = ?");
                    params.add(query.backend());
                }
                sql.append(" ORDER BY id LIMIT ").append(MAX_ROWS);
                try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                    for (int i = 0; i < params.size(); i++) {
                        ps.setObject(i + 1, params.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new BindingRow(table, rs.getString(1), rs.getLong(2), rs.getString(3),
                                    ConsoleJobs.instant(rs, 4)));
                        }
                    }
                }
            }
            return rows;
        });
    }
}
