package io.shopbridge.connector.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
    record Taken(JobChannel channel, ClaimedJob job, long takenAt) {
    }

    /** How much a new duration weighs in a channel's average. */
    private static final double WEIGHT = 0.2;

    private static final Comparator<ClaimedJob> ORDER = Comparator.comparingInt(ClaimedJob::priority)
            .thenComparingLong(ClaimedJob::id);

    private final List<JobChannel> channels;
    private final Map<JobChannel, PriorityQueue<ClaimedJob>> queues = new LinkedHashMap<>();
    private final Map<JobChannel, Double> averageNanos = new HashMap<>();
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
                    return new Taken(channel, queue.poll(), System.nanoTime());
                }
            }
            wait();
        }
        return null;
    }

    synchronized void finished(Taken taken) {
        taken.channel().release();
        long took = System.nanoTime() - taken.takenAt();
        averageNanos.merge(taken.channel(), (double) took, (average, now) -> average + WEIGHT * (now - average));
        notifyAll();
    }

    /**
     * How many jobs a slot of the channel runs in {@code period}, by the average time its jobs took here; 1 until one
     * has ended, so that an instance never claims ahead jobs it cannot start soon.
     */
    synchronized long jobsPerSlot(JobChannel channel, Duration period) {
        Double average = averageNanos.get(channel);
        return average == null ? 1 : Math.max(1, (long) (period.toNanos() / Math.max(1.0, average)));
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
