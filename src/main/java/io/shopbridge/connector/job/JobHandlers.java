package io.shopbridge.connector.job;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/** Which running route runs which job: by job name and backend, falling back to the route for any backend. */
@ApplicationScoped
public class JobHandlers {

    private record Key(String name, String backend) {
    }

    private final Map<Key, JobConsumer> consumers = new ConcurrentHashMap<>();

    void register(JobConsumer consumer) {
        Key key = new Key(consumer.getEndpoint().getJobName(), consumer.backend());
        JobConsumer previous = consumers.putIfAbsent(key, consumer);
        if (previous != null && previous != consumer) {
            throw new IllegalStateException("Job " + key.name() + (key.backend() == null ? "" : " for backend "
                    + key.backend()) + " is already run by route " + previous.getRouteId());
        }
    }

    void unregister(JobConsumer consumer) {
        consumers.remove(new Key(consumer.getEndpoint().getJobName(), consumer.backend()), consumer);
    }

    public Optional<JobConsumer> find(String name, String backend) {
        JobConsumer consumer = backend == null ? null : consumers.get(new Key(name, backend));
        return Optional.ofNullable(consumer != null ? consumer : consumers.get(new Key(name, null)));
    }
}
