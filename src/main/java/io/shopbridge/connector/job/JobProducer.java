package io.shopbridge.connector.job;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Enqueues the job named by the endpoint. The body (a map, or a JSON object) becomes the job's args; the headers
 * {@link JobHeaders#BACKEND}, {@link JobHeaders#MODEL} and {@link JobHeaders#RECORD_ID} say what it concerns. Runs in
 * the exchange's transaction when there is one. Sets {@link JobHeaders#UUID}.
 */
public class JobProducer extends DefaultProducer {

    public JobProducer(JobEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public JobEndpoint getEndpoint() {
        return (JobEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) {
        JobEndpoint endpoint = getEndpoint();
        JobEndpointOptions options = endpoint.options();
        Message in = exchange.getMessage();
        String args = JobArgs.toJson(in.getBody());
        String backend = options.backend() != null ? options.backend() : in.getHeader(JobHeaders.BACKEND, String.class);
        String model = in.getHeader(JobHeaders.MODEL, String.class);
        Long recordId = in.getHeader(JobHeaders.RECORD_ID, Long.class);
        Object etaHeader = in.getHeader(JobHeaders.ETA);
        Instant eta = etaHeader instanceof Instant at ? at
                : etaHeader != null ? Instant.parse(etaHeader.toString())
                : options.delay() == null ? null : endpoint.getComponent().clock().instant().plus(options.delay());
        String identityKey = "auto".equals(options.identityKey())
                ? JobArgs.identity(endpoint.getJobName(), backend, model, recordId, args)
                : options.identityKey();
        NewJob job = new NewJob(endpoint.getJobName(), backend, model, recordId, args, options.priority(), eta,
                options.maxRetries(), options.retryPattern(), options.channel(), identityKey, options.description(),
                dependsOn(in.getHeader(JobHeaders.DEPENDS_ON)), options.timeout());
        JobQueue queue = endpoint.getComponent().queue();
        String uuid = endpoint.getComponent().transactions().inCurrentOrNew(exchange, connection -> queue.enqueue(connection, job));
        in.setHeader(JobHeaders.UUID, uuid);
        // these headers were this job's; a next job in the chain names its own
        in.removeHeader(JobHeaders.DEPENDS_ON);
        in.removeHeader(JobHeaders.ETA);
    }

    private static List<String> dependsOn(Object header) {
        if (header == null) {
            return List.of();
        }
        Collection<?> values = header instanceof Collection<?> c ? c : Arrays.asList(header.toString().split(","));
        return values.stream().map(v -> v.toString().trim()).filter(v -> !v.isEmpty()).toList();
    }
}
