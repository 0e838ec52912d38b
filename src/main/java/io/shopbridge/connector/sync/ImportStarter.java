package io.shopbridge.connector.sync;

import java.sql.Connection;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.backend.BackendCatalog;
import io.shopbridge.connector.backend.UnitNotFoundException;
import io.shopbridge.connector.backend.UnitRegistry;
import io.shopbridge.connector.db.Statements;
import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.job.JobQueue;
import io.shopbridge.connector.job.NewJob;

/**
 * Starts imports for a person (the imports API): enqueues a record import or a batch import of a backend's model,
 * once the backend is known and has an importer for the model.
 */
@ApplicationScoped
public class ImportStarter {

    /** The backend or the model cannot be imported from; the message says why. */
    public static class RefusedImport extends RuntimeException {
        RefusedImport(String message) {
            super(message);
        }
    }

    @Inject
    Transactions transactions;

    @Inject
    JobQueue queue;

    @Inject
    ImportJobs jobs;

    @Inject
    BackendCatalog catalog;

    @Inject
    UnitRegistry units;

    /** @return the uuid of the record's import job (an import of it still waiting, if there is one) */
    public String importRecord(String backendId, String model, String externalId) {
        return enqueue(backendId, model, jobs.record(backendId, model, externalId));
    }

    /** @return the uuid of the batch job: since the watermark when {@code since} is null */
    public String importBatch(String backendId, String model, Instant since) {
        return enqueue(backendId, model, jobs.batch(backendId, model, since));
    }

    private String enqueue(String backendId, String model, NewJob job) {
        return transactions.inTransaction(connection -> {
            requireImporter(connection, backendId, model);
            return queue.enqueue(connection, job);
        });
    }

    private void requireImporter(Connection connection, String backendId, String model) {
        String type = Statements.value(connection, String.class, "SELECT type FROM connector_backend WHERE id = ?",
                backendId).orElseThrow(() -> new RefusedImport("no backend " + backendId));
        String version = Statements.value(connection, String.class,
                "SELECT version FROM connector_backend WHERE id = ?", backendId).orElse(null);
        Backend backend = catalog.backend(type, version);
        try {
            units.unit(Importer.class, model, backend);
        } catch (UnitNotFoundException e) {
            throw new RefusedImport("backend " + backendId + " (" + backend + ") imports no model " + model);
        }
    }
}
