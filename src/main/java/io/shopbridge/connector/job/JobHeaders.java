package io.shopbridge.connector.job;

/** Message headers the job endpoint reads when enqueueing and sets when running a job. */
public final class JobHeaders {

    public static final String UUID = "ShopbridgeJobUuid";
    public static final String NAME = "ShopbridgeJobName";
    public static final String ATTEMPT = "ShopbridgeJobAttempt";
    public static final String BACKEND = "ShopbridgeBackend";
    public static final String MODEL = "ShopbridgeModel";
    public static final String RECORD_ID = "ShopbridgeRecordId";
    /** Not-before time of the enqueued job: an Instant or ISO-8601 text; wins over the endpoint's delay. */
    public static final String ETA = "ShopbridgeJobEta";
    /** Uuid(s) of jobs the enqueued job waits for: a string (comma separated) or a collection. */
    public static final String DEPENDS_ON = "ShopbridgeJobDependsOn";

    private JobHeaders() {
    }
}
