package io.shopbridge.connector.event;

import io.shopbridge.connector.job.JobHeaders;

/**
 * Headers of an event exchange. Model, record and backend share their names with the job headers, so a subscription
 * route can enqueue a job about the event's record with a bare {@code to: job:...}.
 */
public final class EventHeaders {

    public static final String EVENT_ID = "ShopbridgeEventId";
    public static final String KIND = "ShopbridgeEventKind";
    public static final String MODEL = JobHeaders.MODEL;
    public static final String RECORD_ID = JobHeaders.RECORD_ID;
    public static final String BACKEND = JobHeaders.BACKEND;

    private EventHeaders() {
    }
}
