package io.shopbridge.connector.console;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.connector.backend.BackendHealth;
import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.connector.backend.BackendInstances;
import io.shopbridge.connector.db.Transactions;

/** The shops view: each {@code connector_backend} row with its URL, health and latest failure. */
@ApplicationScoped
public class ConsoleShops {

    @Inject
    Transactions transactions;

    @Inject
    BackendInstances backends;

    @Inject
    BackendHealth health;

    /** A backend row and what the jobs table says of it. */
    private record Known(String id, String name, String type, String version, boolean active, long failedJobs,
            String lastError, Instant lastErrorAt) {
    }

    public List<ShopRow> all() {
        Map<String, String> urls = new HashMap<>();
        for (BackendInstance instance : backends.all()) {
            String url = instance.settings().get("url");
            if (url != null) {
                urls.put(instance.id(), url);
            }
        }
        return transactions.inTransaction(c -> {
            List<Known> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT b.id, b.name, b.type, b.version, b.active, "
                    + "(SELECT COUNT(*) FROM queue_job j WHERE j.state = 'failed' AND j.backend_id = b.id) "
                    + "FROM connector_backend b ORDER BY b.id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Known(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5), rs.getLong(6), null, null));
                }
            }
            List<Known> withErrors = new ArrayList<>();
            for (Known row : rows) {
                try (PreparedStatement ps = c.prepareStatement("SELECT SUBSTRING(error, 1, 300), done_at "
                        + "FROM queue_job WHERE state = 'failed' AND backend_id = ? ORDER BY id DESC LIMIT 1")) {
                    ps.setString(1, row.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        withErrors.add(rs.next() ? new Known(row.id(), row.name(), row.type(), row.version(),
                                row.active(), row.failedJobs(), rs.getString(1), ConsoleJobs.instant(rs, 2)) : row);
                    }
                }
            }
            return withErrors;
        }).stream().map(known -> row(known, urls)).toList();
    }

    private ShopRow row(Known known, Map<String, String> urls) {
        return new ShopRow(known.id(), known.name(), known.type(), known.version(), known.active(),
                urls.get(known.id()), health.probed(known.id()).orElse(null), known.failedJobs(), known.lastError(),
                known.lastErrorAt());
    }
}
