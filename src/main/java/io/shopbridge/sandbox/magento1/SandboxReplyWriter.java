package io.shopbridge.sandbox.magento1;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.profile.UnlessBuildProfile;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** Turns a {@link SandboxReply} body into the HTTP response, dropping the request headers platform-http would echo. */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class SandboxReplyWriter implements Processor {

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        SandboxReply reply = message.getMandatoryBody(SandboxReply.class);
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, reply.status());
        message.setHeader(Exchange.CONTENT_TYPE, reply.contentType());
        message.setBody(reply.body());
    }
}
