package io.shopbridge.connector.event;

/** A subscriber could not handle an event: the event is rolled back and kept as rejected. */
public class EventRejectedException extends RuntimeException {

    public EventRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
