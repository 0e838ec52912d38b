package io.shopbridge.sandbox.magento2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.shopbridge.sandbox.magento2.rest.RestError;

/**
 * The sandbox's tokens: admin tokens traded for the admin user's password, valid for a lifetime (Magento's default
 * is 4 hours), and one integration access token from the configuration, valid until the tokens are expired by hand.
 */
final class Magento2Tokens {

    static final String SIGN_IN_REFUSED = "The account sign-in was incorrect or your account is disabled temporarily. "
            + "Please wait and try again later.";
    static final String NOT_AUTHORIZED = "The consumer isn't authorized to access %resources.";

    private final String adminUser;
    private final byte[] adminPassword;
    private final byte[] integrationToken;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> adminTokens = new ConcurrentHashMap<>();
    private final AtomicLong adminTokensIssued = new AtomicLong();
    private volatile boolean integrationRevoked;

    Magento2Tokens(String adminUser, String adminPassword, String integrationToken, Duration lifetime, Clock clock) {
        this.adminUser = adminUser;
        this.adminPassword = adminPassword.getBytes(StandardCharsets.UTF_8);
        this.integrationToken = integrationToken.getBytes(StandardCharsets.UTF_8);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** {@code POST /V1/integration/admin/token}: a new 32-hex-digit token, as Magento before 2.4.4 answers it. */
    String issueAdminToken(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            throw new RestError(400, "One or more input exceptions have occurred.", null);
        }
        if (!username.equals(adminUser)
                || !MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8), adminPassword)) {
            throw new RestError(401, SIGN_IN_REFUSED, null);
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        adminTokens.put(token, clock.instant().plus(lifetime));
        adminTokensIssued.incrementAndGet();
        return token;
    }

    /** How many admin tokens were handed out since start: each one is a row a real shop keeps until its cron runs. */
    long adminTokensIssued() {
        return adminTokensIssued.get();
    }

    /** Refuses a call without a valid token with Magento's 401. */
    void requireValid(String bearer) {
        if (bearer == null || !(isAdminToken(bearer) || isIntegrationToken(bearer))) {
            throw new RestError(401, NOT_AUTHORIZED, Map.of("resources", "Magento_Sales::sales"));
        }
    }

    private boolean isAdminToken(String bearer) {
        Instant expiry = adminTokens.get(bearer);
        if (expiry != null && !clock.instant().isBefore(expiry)) {
            adminTokens.remove(bearer);
            return false;
        }
        return expiry != null;
    }

    private boolean isIntegrationToken(String bearer) {
        return !integrationRevoked && MessageDigest.isEqual(bearer.getBytes(StandardCharsets.UTF_8), integrationToken);
    }

    /** Every admin token expires now; with {@code integrationToo}, the integration token is refused until a reset. */
    void expireAll(boolean integrationToo) {
        adminTokens.clear();
        integrationRevoked = integrationToo;
    }

    void reset() {
        adminTokens.clear();
        integrationRevoked = false;
    }
}
