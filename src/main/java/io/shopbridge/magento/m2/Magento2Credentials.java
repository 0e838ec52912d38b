package io.shopbridge.magento.m2;

import java.util.Locale;

import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.connector.job.PermanentJobError;

/**
 * How a shop authenticates, from its backend settings: {@code auth} is {@code admin} (the default: {@code apiUser}
 * and the password held by the property {@code apiKeyProperty} names are traded for an admin token, renewed once on a
 * 401) or {@code integration} (that property holds an integration access token, sent as it is). The secret itself is
 * read from the configuration when it is needed and kept nowhere else.
 */
record Magento2Credentials(String shopId, String url, String apiUser, String secretProperty, boolean integration) {

    static Magento2Credentials of(BackendInstance shop) {
        String auth = shop.settings().getOrDefault("auth", "admin").trim().toLowerCase(Locale.ROOT);
        boolean integration = switch (auth) {
            case "", "admin" -> false;
            case "integration" -> true;
            default -> throw new PermanentJobError("Backend " + shop.id() + ": auth must be admin or integration, not "
                    + auth);
        };
        String user = integration ? "" : shop.setting("apiUser");
        return new Magento2Credentials(shop.id(), shop.setting("url"), user, shop.setting("apiKeyProperty"),
                integration);
    }

    /** The token cache key: the shop and who logs in, never the secret. */
    String cacheKey() {
        return shopId + '\n' + url + '\n' + apiUser + '\n' + secretProperty;
    }

    @Override
    public String toString() {
        return shopId + (integration ? " (integration token)" : " (admin " + apiUser + ")");
    }
}
