package io.shopbridge.connector.sync;

import io.shopbridge.connector.backend.ConnectorUnit;

/** Imports one backend record, by its external id, into the ERP and binds it. */
public interface Importer extends ConnectorUnit {

    /** @return a line for the job's result */
    String importRecord(ConnectorEnvironment env, String externalId);
}
