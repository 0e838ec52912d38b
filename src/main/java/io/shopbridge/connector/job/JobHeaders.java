package io.shopbridge.connector.job;

/** Message headers the job endpoint reads when enqueueing and sets when running a job. */
public final class JobHeaders {

    public static final String UUID = "ShopbridgeJobUuid";
    public static final String NAME = "ShopbridgeJobName";
    public static final String ATTEMPT = "ShopbridgeJobAttempt";
    public static final String BACKEND = "ShopbridgeBackend";
    public static final String MODEL = "ShopbridgeModel";
    public static final String RECORD_ID = "ShopbridgeRecordId";

    private JobHeaders() {
    }
}
