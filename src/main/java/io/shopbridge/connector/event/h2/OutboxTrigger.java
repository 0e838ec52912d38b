package io.shopbridge.connector.event.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.h2.api.Trigger;

/**
 * H2 row trigger writing an outbox event for each insert, update and delete: the model is the table name with dots
 * (Odoo's naming; the trigger is named {@code <table>_outbox}), the record its {@code id}, and the backend its
 * {@code backend_id} when it has one. (PostgreSQL does
 * the same in PL/pgSQL.)
 */
public class OutboxTrigger implements Trigger {

    private static final String TRIGGER_SUFFIX = "_outbox";
    private static final Pattern TEMPORARY_COPY = Pattern.compile("(?i).+_COPY_\\d+_\\d+");
    /**
     * H2 makes the trigger, not CDI, and may load its class through another class loader than the application's (in
     * tests, from the JVM's class path): the listener is kept where both see it, in the JVM's system properties.
     */
    private static final String ON_WRITE = "io.shopbridge.outbox.on-write";

    private String model;
    private int idColumn = -1;
    private int backendColumn = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        model = modelOf(triggerName, tableName);
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT LOWER(COLUMN_NAME), ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS
                WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?""")) {
            ps.setString(1, schemaName);
            ps.setString(2, tableName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    switch (rs.getString(1)) {
                        case "id" -> idColumn = rs.getInt(2) - 1;
                        case "backend_id" -> backendColumn = rs.getInt(2) - 1;
                        default -> {
                        }
                    }
                }
            }
        }
        if (idColumn < 0) {
            throw new SQLException("Outbox trigger on " + tableName + ": the table has no id column");
        }
    }

    /**
     * The model, from the trigger's name ({@code <table>_outbox}). H2 runs a table's triggers' init again when a
     * migration alters the table, on a temporary copy ({@code SALE_ORDER_COPY_3_0}, trigger
     * {@code SALE_ORDER_COPY_3_0_SALE_ORDER_OUTBOX}), and that instance fires until the database is closed.
     */
    static String modelOf(String triggerName, String tableName) {
        String trigger = triggerName;
        if (TEMPORARY_COPY.matcher(tableName).matches() && trigger.startsWith(tableName + "_")) {
            trigger = trigger.substring(tableName.length() + 1);
        }
        String name = trigger.toLowerCase(Locale.ROOT).endsWith(TRIGGER_SUFFIX)
                ? trigger.substring(0, trigger.length() - TRIGGER_SUFFIX.length()) : tableName;
        return name.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String kind = oldRow == null ? "create" : newRow == null ? "unlink" : "write";
        Object[] row = newRow != null ? newRow : oldRow;
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO connector_event (model, kind, record_id, backend_id) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, model);
            ps.setString(2, kind);
            ps.setLong(3, ((Number) row[idColumn]).longValue());
            ps.setObject(4, backendColumn < 0 ? null : row[backendColumn]);
            ps.executeUpdate();
        }
        if (System.getProperties().get(ON_WRITE) instanceof Runnable listener) {
            listener.run();
        }
    }

    /**
     * Runs {@code listener} after each outbox row a trigger writes, in the writing transaction, before it commits;
     * null for nobody. The listener must be quick and must not throw.
     */
    public static void onWrite(Runnable listener) {
        if (listener == null) {
            System.getProperties().remove(ON_WRITE);
        } else {
            System.getProperties().put(ON_WRITE, listener);
        }
    }
}
