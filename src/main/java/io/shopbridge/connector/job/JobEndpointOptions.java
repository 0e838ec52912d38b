package io.shopbridge.connector.job;

import java.time.Duration;
import java.util.Map;

/**
 * Options of a {@code job:} URI. Producer side: priority, delay, maxRetries, retryPattern, channel, identityKey
 * ({@code auto} derives it from name, backend, record and args), description, timeout (how long one attempt may run;
 * the engine's {@code shopbridge.jobs.timeout} when unset). Consumer side: backend (the route runs
 * this job only for that backend; without it, for any backend no other route claims), batchSize (up to how many
 * claimed jobs of one backend and model the route receives at once, as a {@link JobBatch}; 1, the default, runs each
 * job alone).
 */
record JobEndpointOptions(int priority, Duration delay, int maxRetries, String retryPattern, String channel,
        String identityKey, String description, Duration timeout, String backend, int batchSize) {

    static final int DEFAULT_PRIORITY = 10;
    static final int DEFAULT_MAX_RETRIES = 5;
    static final int MAX_BATCH_SIZE = 1000;

    static JobEndpointOptions take(Map<String, Object> parameters) {
        JobEndpointOptions options = new JobEndpointOptions(
                intOption(parameters, "priority", DEFAULT_PRIORITY),
                durationOption(parameters, "delay"),
                intOption(parameters, "maxRetries", DEFAULT_MAX_RETRIES),
                stringOption(parameters, "retryPattern"),
                stringOption(parameters, "channel"),
                stringOption(parameters, "identityKey"),
                stringOption(parameters, "description"),
                durationOption(parameters, "timeout"),
                stringOption(parameters, "backend"),
                intOption(parameters, "batchSize", 1));
        if (!parameters.isEmpty()) {
            throw new IllegalArgumentException("Unknown job endpoint options " + parameters.keySet()
                    + "; known: priority, delay, maxRetries, retryPattern, channel, identityKey, description, timeout, backend, batchSize");
        }
        if (options.batchSize < 1 || options.batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("Job endpoint option batchSize must be between 1 and " + MAX_BATCH_SIZE
                    + ": " + options.batchSize);
        }
        if (options.retryPattern != null) {
            RetryPattern.parse(options.retryPattern, 0);
        }
        return options;
    }

    private static String stringOption(Map<String, Object> parameters, String name) {
        Object value = parameters.remove(name);
        return value == null ? null : value.toString();
    }

    private static int intOption(Map<String, Object> parameters, String name, int defaultValue) {
        String value = stringOption(parameters, name);
        try {
            return value == null ? defaultValue : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Job endpoint option " + name + " must be an integer: " + value, e);
        }
    }

    private static Duration durationOption(Map<String, Object> parameters, String name) {
        String value = stringOption(parameters, name);
        return value == null ? null : RetryPattern.parseDuration(value.trim());
    }
}
