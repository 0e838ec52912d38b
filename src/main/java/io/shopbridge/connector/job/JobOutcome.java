package io.shopbridge.connector.job;

/**
 * How one job of a batch ended: its result line, or the failure the engine classifies as it would a single job's
 * exception ({@link NothingToDoJob} ends it done, {@link RetryableJobError} retries it, anything else fails it).
 */
public record JobOutcome(String result, RuntimeException failure) {

    public static JobOutcome done(String result) {
        return new JobOutcome(result, null);
    }

    public static JobOutcome failed(RuntimeException failure) {
        return new JobOutcome(null, failure);
    }

    public boolean succeeded() {
        return failure == null;
    }

    /** The result, or the failure thrown: how a batch of one answers as a single job does. */
    public String resultOrThrow() {
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    @Override
    public String toString() {
        return failure == null ? result : "failed: " + failure.getMessage();
    }
}
