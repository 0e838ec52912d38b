package io.shopbridge.connector.binding;

import java.time.Instant;
import java.util.Optional;

import io.shopbridge.connector.db.Statements;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/** A {@link TableBinder} that imports also bind through: it inserts the binding rows an import makes. */
public abstract class TableImportBinder extends TableBinder implements ImportBinder {

    @Override
    public long bindImported(ConnectorEnvironment env, String externalId, long erpId) {
        Optional<Binding> bound = forExternal(env, externalId);
        if (bound.isPresent()) {
            Statements.update(env.connection(), "UPDATE " + table() + " SET erp_id = ?, sync_date = ? WHERE id = ?",
                    erpId, Instant.now(), bound.get().id());
            return bound.get().id();
        }
        return Statements.insert(env.connection(), "INSERT INTO " + table()
                + " (backend_id, erp_id, external_id, sync_date) VALUES (?, ?, ?, ?)", env.backend().id(), erpId,
                externalId, Instant.now());
    }
}
