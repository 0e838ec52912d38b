package io.shopbridge.connector.sync;

import io.shopbridge.connector.backend.ConnectorUnit;

/** Exports one binding's ERP record to the backend and binds the external id it gets back. */
public interface Exporter extends ConnectorUnit {

    /** @return a line for the job's result */
    String export(ConnectorEnvironment env, long bindingId);
}
