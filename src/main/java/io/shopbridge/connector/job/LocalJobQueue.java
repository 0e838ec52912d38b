package io.shopbridge.connector.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The jobs this instance has claimed and not yet started, per configured channel, best priority first. Workers take
 * from it only while the job's channel and all its ancestors have a free slot, turning through the channels so that a
 * full one never blocks the others.
 */
final class LocalJobQueue {

    /** A job taken from the queue, holding a slot of its channel until {@link #finished}. */
    record Taken(JobChannel channel, ClaimedJob job) {
    }

    private static final Comparator<ClaimedJob> ORDER = Comparator.comparingInt(ClaimedJob::priority)
            .thenComparingLong(ClaimedJob::id);

    private final List<JobChannel> channels;
    private final Map<JobChannel, PriorityQueue<ClaimedJob>> queues = new LinkedHashMap<>();
    private int rotation;
    private boolean closed;

    LocalJobQueue(List<JobChannel> channels) {
        this.channels = List.copyOf(channels);
        for (JobChannel channel : channels) {
            queues.put(channel, new PriorityQueue<>(ORDER));
        }
    }

    synchronized void add(JobChannel channel, List<ClaimedJob> jobs) {
        queues.get(channel).addAll(jobs);
        notifyAll();
    }

    synchronized int size(JobChannel channel) {
        return queues.get(channel).size();
    }

    synchronized List<ClaimedJob> queued() {
        List<ClaimedJob> queued = new ArrayList<>();
        queues.values().forEach(queued::addAll);
        return queued;
    }

    /** Waits for a job whose channel has a free slot and takes the slot; null once the queue is closed. */
    synchronized Taken take() throws InterruptedException {
        while (!closed) {
            for (int i = 0; i < channels.size(); i++) {
                JobChannel channel = channels.get((rotation + i) % channels.size());
                PriorityQueue<ClaimedJob> queue = queues.get(channel);
                if (!queue.isEmpty() && channel.free() > 0) {
                    rotation = (rotation + i + 1) % channels.size();
                    channel.acquire();
                    return new Taken(channel, queue.poll());
                }
            }
            wait();
        }
        return null;
    }

    synchronized void finished(Taken taken) {
        taken.channel().release();
        notifyAll();
    }

    synchronized boolean closed() {
        return closed;
    }

    /** Stops handing out jobs; returns the ones never started, for the store to take back. */
    synchronized List<ClaimedJob> close() {
        closed = true;
        List<ClaimedJob> unstarted = new ArrayList<>();
        queues.values().forEach(queue -> {
            unstarted.addAll(queue);
            queue.clear();
        });
        notifyAll();
        return unstarted;
    }
}
