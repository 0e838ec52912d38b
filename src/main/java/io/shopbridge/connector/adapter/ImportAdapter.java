package io.shopbridge.connector.adapter;

import java.time.Instant;

import io.shopbridge.connector.backend.ConnectorUnit;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/**
 * Reads one model's records from a backend for imports, as the typed record {@code S} the version's API shape is
 * turned into, and lists which records changed.
 */
public interface ImportAdapter<S> extends ConnectorUnit {

    /** The record as the backend has it now; a missing record fails the job. */
    S read(ConnectorEnvironment env, String externalId);

    /**
     * One page of the external ids of records changed since {@code since} (all records when null), in a stable order.
     *
     * @param after the {@link ChangedPage#next()} of the previous page, null for the first
     */
    ChangedPage changedSince(ConnectorEnvironment env, Instant since, String after, int pageSize);
}
