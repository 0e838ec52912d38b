package io.shopbridge.connector.sync;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.shopbridge.connector.job.JobArgs;
import io.shopbridge.connector.job.NewJob;

/**
 * The import jobs: {@value #RECORD} imports one record (args {@code external_id}), {@value #BATCH} runs a batch
 * import of a model (args {@code since}, optional). A backend's route templates consume them. A record's import job
 * has the record for identity key, so a record changed again while its import waits is imported once.
 */
@ApplicationScoped
public class ImportJobs {

    public static final String RECORD = "import_record";
    public static final String BATCH = "import_batch";
    public static final String EXTERNAL_ID = "external_id";
    public static final String SINCE = "since";

    @ConfigProperty(name = "shopbridge.imports.channel")
    String channel;

    @ConfigProperty(name = "shopbridge.imports.priority")
    int priority;

    @ConfigProperty(name = "shopbridge.jobs.max-retries")
    int maxRetries;

    public NewJob record(String backendId, String model, String externalId) {
        return job(RECORD, backendId, model, Map.of(EXTERNAL_ID, externalId),
                "import|" + backendId + "|" + model + "|" + externalId, "Import " + model + " " + externalId);
    }

    /** A batch since the watermark (since null), or since the given time. */
    public NewJob batch(String backendId, String model, Instant since) {
        Map<String, Object> args = new LinkedHashMap<>();
        if (since != null) {
            args.put(SINCE, since.toString());
        }
        return job(BATCH, backendId, model, args, "import-batch|" + backendId + "|" + model + "|" + since,
                "Import the " + model + " records changed since " + (since == null ? "the last batch" : since));
    }

    private NewJob job(String name, String backendId, String model, Map<String, Object> args, String identityKey,
            String description) {
        return new NewJob(name, backendId, model, null, JobArgs.toJson(args), priority, null, maxRetries, null, channel,
                identityKey, description, null);
    }
}
