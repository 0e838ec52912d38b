package io.shopbridge.connector.console;

/** A channel as the console shows it: this instance's capacity and running jobs, the queue's counts and rates. */
public record ChannelRow(String name, int capacity, boolean sequential, int running, long waiting, long pending,
        long enqueued, long started, long failed, long oldestPendingSeconds, double enqueuedPerSecond,
        double donePerSecond, double failedPerSecond) {
}
