package io.shopbridge.connector.sync;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.shopbridge.connector.adapter.ChangedPage;
import io.shopbridge.connector.adapter.ImportAdapter;
import io.shopbridge.connector.db.Statements;
import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.job.JobQueue;
import io.shopbridge.connector.job.RetryableJobError;

/**
 * OCA's delayed batch importer: searches the backend for the model's records changed since the watermark (less an
 * overlap, for clocks apart and records saved while the last batch ran), page by page, enqueues one record import job
 * each, and moves the watermark to when this batch started, all in the environment's transaction.
 */
@ApplicationScoped
public class BatchImporter {

    @Inject
    ImportWatermarks watermarks;

    @Inject
    ImportJobs jobs;

    @Inject
    JobQueue queue;

    @ConfigProperty(name = "shopbridge.imports.page-size")
    int pageSize;

    @ConfigProperty(name = "shopbridge.imports.overlap")
    Duration overlap;

    /**
     * @param since search from this time instead of the watermark; the watermark moves only when the batch covered
     *        it (since at or before it)
     * @return a line for the job's result
     */
    public String importChanged(ConnectorEnvironment env, Optional<Instant> since) {
        Instant startedAt = Instant.now();
        try {
            Optional<Instant> watermark = watermarks.lock(env);
            Instant from = since.orElse(watermark.map(mark -> mark.minus(overlap)).orElse(null));
            int enqueued = enqueueChanged(env, from);
            boolean coversWatermark = since.isEmpty() || watermark.isPresent() && !since.get().isAfter(watermark.get());
            if (coversWatermark) {
                watermarks.move(env, startedAt);
            }
            return enqueued + " " + env.model() + " record(s) changed on " + env.backend().id() + " since "
                    + (from == null ? "ever" : from) + " enqueued for import"
                    + (coversWatermark ? "; watermark at " + startedAt : "");
        } catch (RuntimeException e) {
            if (Statements.isUniqueViolation(e)) {
                throw new RetryableJobError("Another batch of " + env.model() + " wrote the watermark first", e);
            }
            throw e;
        }
    }

    private int enqueueChanged(ConnectorEnvironment env, Instant from) {
        ImportAdapter<?> adapter = env.unit(ImportAdapter.class);
        int enqueued = 0;
        String after = null;
        do {
            ChangedPage page = adapter.changedSince(env, from, after, pageSize);
            try {
                queue.enqueueAll(env.connection(), page.externalIds().stream()
                        .map(id -> jobs.record(env.backend().id(), env.model(), id)).toList());
            } catch (SQLException e) {
                throw new Transactions.DatabaseException(e);
            }
            enqueued += page.externalIds().size();
            after = page.next();
        } while (after != null);
        return enqueued;
    }
}
