package io.shopbridge.connector.job;

/** Retrying cannot help (bad data, a backend refusal): the job fails at once, its error kept for a person. */
public class PermanentJobError extends RuntimeException {

    public PermanentJobError(String message) {
        super(message);
    }

    public PermanentJobError(String message, Throwable cause) {
        super(message, cause);
    }
}
