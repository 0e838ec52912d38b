package io.shopbridge.connector.job;

/** The job has nothing left to do (already exported, record gone): it ends done, the message kept as its result. */
public class NothingToDoJob extends RuntimeException {

    public NothingToDoJob(String message) {
        super(message, null, false, false);
    }
}
