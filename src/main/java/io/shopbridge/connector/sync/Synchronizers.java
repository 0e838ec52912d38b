package io.shopbridge.connector.sync;

import java.sql.Connection;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import io.quarkus.runtime.annotations.RegisterForReflection;

import io.shopbridge.connector.backend.BackendCatalog;
import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.connector.backend.UnitRegistry;
import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.job.JobBatch;
import io.shopbridge.connector.job.JobHeaders;
import io.shopbridge.connector.job.JobOutcome;
import io.shopbridge.connector.job.PermanentJobError;

/**
 * The entry point routes call: builds the environment from the exchange (backend instance from the route template's
 * properties, model and record from the job headers, the exchange's transaction) and runs the model's synchronizer.
 */
@ApplicationScoped
@Named("synchronizers")
// YAML routes (the shop templates) call it by bean name and method name; Camel's bean binding finds the method by
// reflection, which a native image allows only for registered classes
@RegisterForReflection
public class Synchronizers {

    @Inject
    BackendCatalog catalog;

    @Inject
    UnitRegistry units;

    @Inject
    Transactions transactions;

    @Inject
    BatchImporter batchImporter;

    /**
     * Runs the export synchronizer of the job's model for the job's record; the result becomes the body. A batch of
     * jobs ({@link JobBatch}, endpoint option batchSize) exports all its records, and answers an outcome per job.
     */
    public void export(Exchange exchange) {
        Message in = exchange.getMessage();
        String model = require(in.getHeader(JobHeaders.MODEL, String.class), JobHeaders.MODEL);
        if (in.getBody() instanceof JobBatch batch) {
            List<JobOutcome> outcomes = transactions.inCurrentOrNew(exchange, connection -> {
                ConnectorEnvironment env = environment(exchange, model, connection);
                return env.unit(Exporter.class).exportAll(env, batch.recordIds());
            });
            in.setBody(batch.answer(outcomes));
            return;
        }
        Long recordId = require(in.getHeader(JobHeaders.RECORD_ID, Long.class), JobHeaders.RECORD_ID);
        String result = transactions.inCurrentOrNew(exchange, connection -> {
            ConnectorEnvironment env = environment(exchange, model, connection);
            return env.unit(Exporter.class).export(env, recordId);
        });
        in.setBody(result);
    }

    /** Runs the import synchronizer of the job's model for the record whose external id the job's args hold. */
    public void importRecord(Exchange exchange) {
        Message in = exchange.getMessage();
        String model = require(in.getHeader(JobHeaders.MODEL, String.class), JobHeaders.MODEL);
        Object externalId = require(args(in).get(ImportJobs.EXTERNAL_ID), ImportJobs.EXTERNAL_ID);
        String result = transactions.inCurrentOrNew(exchange, connection -> {
            ConnectorEnvironment env = environment(exchange, model, connection);
            return env.unit(Importer.class).importRecord(env, externalId.toString());
        });
        in.setBody(result);
    }

    /** Runs a batch import of the job's model: since the job's args' {@code since}, else since the watermark. */
    public void importBatch(Exchange exchange) {
        Message in = exchange.getMessage();
        String model = require(in.getHeader(JobHeaders.MODEL, String.class), JobHeaders.MODEL);
        Optional<Instant> since = Optional.ofNullable(args(in).get(ImportJobs.SINCE)).map(Synchronizers::instant);
        String result = transactions.inCurrentOrNew(exchange, connection -> batchImporter.importChanged(
                environment(exchange, model, connection), since));
        in.setBody(result);
    }

    private static Map<?, ?> args(Message in) {
        return in.getBody() instanceof Map<?, ?> args ? args : Map.of();
    }

    private static Instant instant(Object value) {
        try {
            return Instant.parse(value.toString());
        } catch (DateTimeParseException e) {
            throw new PermanentJobError("since must be an ISO instant such as 2026-11-25T10:00:00Z, not " + value);
        }
    }

    private ConnectorEnvironment environment(Exchange exchange, String model, Connection connection) {
        String backendId = require(exchange.getMessage().getHeader(JobHeaders.BACKEND, String.class),
                JobHeaders.BACKEND);
        String type = require(exchange.getProperty(BackendProperties.TYPE, String.class), BackendProperties.TYPE);
        String version = exchange.getProperty(BackendProperties.VERSION, String.class);
        Map<String, String> settings = new HashMap<>();
        exchange.getProperties().forEach((name, value) -> {
            if (name.startsWith(BackendProperties.SETTING_PREFIX) && value != null) {
                settings.put(name.substring(BackendProperties.SETTING_PREFIX.length()), value.toString());
            }
        });
        BackendInstance backend = new BackendInstance(backendId, catalog.backend(type, version), Map.copyOf(settings));
        return new ConnectorEnvironment(backend, model, connection, units);
    }

    private static <T> T require(T value, String name) {
        if (value == null) {
            throw new PermanentJobError("Missing " + name + " on the exchange");
        }
        return value;
    }
}
