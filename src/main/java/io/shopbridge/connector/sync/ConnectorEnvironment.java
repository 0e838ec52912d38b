package io.shopbridge.connector.sync;

import java.sql.Connection;

import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.connector.backend.UnitRegistry;

/**
 * What a synchronization runs with, as Odoo's environment: the backend instance, the model, the transaction, and the
 * units serving that model on that backend. Whether an earlier run may have reached the backend is not the job's
 * attempt counter's to say (a lost commit or a lease take-back leaves it at 1): {@link CreateOnce} answers it from
 * durable notes.
 */
public record ConnectorEnvironment(BackendInstance backend, String model, Connection connection, UnitRegistry units) {

    public <T> T unit(Class<T> kind) {
        return units.unit(kind, model, backend.backend());
    }

    /** The same backend and transaction, for another model (an invoice export reads order bindings). */
    public ConnectorEnvironment forModel(String otherModel) {
        return new ConnectorEnvironment(backend, otherModel, connection, units);
    }
}
