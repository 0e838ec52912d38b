package io.shopbridge.connector.sync;

/**
 * Exchange properties a backend's route template sets before calling a synchronizer: the backend kind and version,
 * and settings under {@link #SETTING_PREFIX} (e.g. {@code ShopbridgeBackendSetting.url}).
 */
public final class BackendProperties {

    public static final String TYPE = "ShopbridgeBackendType";
    public static final String VERSION = "ShopbridgeBackendVersion";
    public static final String SETTING_PREFIX = "ShopbridgeBackendSetting.";

    private BackendProperties() {
    }
}
