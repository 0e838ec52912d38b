package io.shopbridge.connector.binding;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/**
 * A binder over a binding table named after the model ({@code magento.account.invoice} →
 * {@code magento_account_invoice}) with columns id, backend_id, erp_id, external_id, sync_date. The table name comes
 * from code, never from input; every value is bound.
 */
public abstract class TableBinder implements Binder {

    private static final String COLUMNS = "id, backend_id, erp_id, external_id, sync_date";
    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    /** Checked once per model: every statement of every export asks for its table. */
    private static final Map<String, String> TABLES = new ConcurrentHashMap<>();

    protected String table() {
        return tableOf(model());
    }

    /** The binding table of a model: its name with underscores, checked to be a plain identifier. */
    public static String tableOf(String model) {
        return TABLES.computeIfAbsent(model, m -> {
            String table = m.replace('.', '_');
            if (!TABLE_NAME.matcher(table).matches()) {
                throw new IllegalStateException("Not a binding table name: " + table);
            }
            return table;
        });
    }

    @Override
    public Optional<Binding> read(ConnectorEnvironment env, long bindingId) {
        return one(env, "SELECT " + COLUMNS + " FROM " + table() + " WHERE id = ? AND backend_id = ?", bindingId);
    }

    @Override
    public Optional<Long> toErp(ConnectorEnvironment env, String externalId) {
        return one(env, "SELECT " + COLUMNS + " FROM " + table() + " WHERE external_id = ? AND backend_id = ?",
                externalId).map(Binding::erpId);
    }

    @Override
    public Optional<Binding> forErp(ConnectorEnvironment env, long erpId) {
        return one(env, "SELECT " + COLUMNS + " FROM " + table() + " WHERE erp_id = ? AND backend_id = ?", erpId);
    }

    @Override
    public void lock(ConnectorEnvironment env, long bindingId) {
        one(env, "SELECT " + COLUMNS + " FROM " + table() + " WHERE id = ? AND backend_id = ? FOR UPDATE", bindingId);
    }

    @Override
    public void bind(ConnectorEnvironment env, long bindingId, String externalId) {
        try (PreparedStatement ps = env.connection().prepareStatement(
                "UPDATE " + table() + " SET external_id = ?, sync_date = ? WHERE id = ? AND backend_id = ?")) {
            ps.setString(1, externalId);
            ps.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setLong(3, bindingId);
            ps.setString(4, env.backend().id());
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException(model() + " binding " + bindingId + " of backend "
                        + env.backend().id() + " vanished before it could be bound to " + externalId);
            }
        } catch (SQLException e) {
            throw new Transactions.DatabaseException(e);
        }
    }

    private Optional<Binding> one(ConnectorEnvironment env, String sql, Object key) {
        try (PreparedStatement ps = env.connection().prepareStatement(sql)) {
            ps.setObject(1, key);
            ps.setString(2, env.backend().id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                OffsetDateTime sync = rs.getObject(5, OffsetDateTime.class);
                return Optional.of(new Binding(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        sync == null ? null : sync.toInstant()));
            }
        } catch (SQLException e) {
            throw new Transactions.DatabaseException(e);
        }
    }
}
