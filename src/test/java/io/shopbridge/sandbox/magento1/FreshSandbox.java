package io.shopbridge.sandbox.magento1;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Puts the sandbox back to its seed and opens a session with the configured API user. */
@ApplicationScoped
public class FreshSandbox {

    @Inject
    Magento1Sandbox sandbox;

    @ConfigProperty(name = "shopbridge.sandbox.magento1.api-user")
    String apiUser;

    @ConfigProperty(name = "shopbridge.sandbox.magento1.api-key")
    String apiKey;

    /** @return the id of a new session on a freshly seeded sandbox */
    public String session() {
        sandbox.reset();
        return SandboxCalls.login(apiUser, apiKey);
    }
}
