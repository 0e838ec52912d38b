package io.shopbridge.connector.sync;

import java.util.List;

import io.shopbridge.connector.backend.ConnectorUnit;
import io.shopbridge.connector.job.JobOutcome;

/** Exports one binding's ERP record to the backend and binds the external id it gets back. */
public interface Exporter extends ConnectorUnit {

    /** @return a line for the job's result */
    String export(ConnectorEnvironment env, long bindingId);

    /**
     * Exports several bindings in the caller's transaction: an outcome per binding, in order. A binding whose export
     * fails writes nothing, so the others' work commits without it; a failure of the database fails them all (thrown).
     */
    List<JobOutcome> exportAll(ConnectorEnvironment env, List<Long> bindingIds);
}
