package io.shopbridge.connector.sync;

import java.sql.Connection;

import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.connector.backend.UnitRegistry;

/**
 * What a synchronization runs with, as Odoo's environment: the backend instance, the model, the transaction, the
 * units serving that model on that backend, and the attempt of the job running it (1 for a first run: a later one may
 * follow an attempt whose effect on the backend is unknown).
 */
public record ConnectorEnvironment(BackendInstance backend, String model, Connection connection, UnitRegistry units,
        int attempt) {

    /** Whether an earlier attempt ran and may have reached the backend before it failed. */
    public boolean isRetry() {
        return attempt > 1;
    }

    public <T> T unit(Class<T> kind) {
        return units.unit(kind, model, backend.backend());
    }

    /** The same backend and transaction, for another model (an invoice export reads order bindings). */
    public ConnectorEnvironment forModel(String otherModel) {
        return new ConnectorEnvironment(backend, otherModel, connection, units, attempt);
    }
}
