package io.shopbridge.sandbox.magento1;

import java.nio.charset.StandardCharsets;

/** An HTTP answer of the sandbox: status, content type and body. */
public record SandboxReply(int status, String contentType, byte[] body) {

    static SandboxReply xml(byte[] body) {
        return new SandboxReply(200, "text/xml; charset=UTF-8", body);
    }

    static SandboxReply text(int status, String body) {
        return new SandboxReply(status, "text/plain; charset=UTF-8", body.getBytes(StandardCharsets.UTF_8));
    }

    static SandboxReply json(int status, byte[] body) {
        return new SandboxReply(status, "application/json", body);
    }
}
