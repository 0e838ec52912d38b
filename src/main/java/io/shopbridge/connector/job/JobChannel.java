package io.shopbridge.connector.job;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A configured channel: how many of its jobs (its sub-channels' included) this instance runs at once. A sequential
 * channel runs one job at a time in order, and a failed job holds it until someone requeues, cancels or ends it.
 */
public final class JobChannel {

    private final String name;
    private final int capacity;
    private final boolean sequential;
    private final JobChannel parent;
    private final AtomicInteger running = new AtomicInteger();

    JobChannel(String name, int capacity, boolean sequential, JobChannel parent) {
        this.name = name;
        this.capacity = capacity;
        this.sequential = sequential;
        this.parent = parent;
    }

    public String name() {
        return name;
    }

    public int capacity() {
        return capacity;
    }

    public boolean sequential() {
        return sequential;
    }

    public int running() {
        return running.get();
    }

    JobChannel parent() {
        return parent;
    }

    /** Free slots here, bounded by every ancestor's free slots. */
    int free() {
        int free = Integer.MAX_VALUE;
        for (JobChannel c = this; c != null; c = c.parent) {
            free = Math.min(free, c.capacity - c.running.get());
        }
        return Math.max(0, free);
    }

    void acquire() {
        for (JobChannel c = this; c != null; c = c.parent) {
            c.running.incrementAndGet();
        }
    }

    void release() {
        for (JobChannel c = this; c != null; c = c.parent) {
            c.running.decrementAndGet();
        }
    }

    @Override
    public String toString() {
        return name + ":" + capacity + (sequential ? ":sequential" : "");
    }
}
