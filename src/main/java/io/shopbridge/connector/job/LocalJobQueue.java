package io.shopbridge.connector.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The jobs this instance has claimed and not yet started, per configured channel, best priority first. Workers take
 * from it only while the job's channel and all its ancestors have a free slot, turning through the channels so that a
 * full one never blocks the others.
 */
final class LocalJobQueue {

    /**
     * A job taken from the queue, with the jobs alike taken to run in the same batch behind it, holding one slot of
     * its channel until {@link #finished}.
     */
    record Taken(JobChannel channel, List<ClaimedJob> jobs, long takenAt) {

        ClaimedJob job() {
            return jobs.get(0);
        }
    }

    /** How many jobs alike a job's route runs at once (its endpoint's batchSize; 1 runs it alone). */
    @FunctionalInterface
    interface BatchSizes {
        int of(ClaimedJob job);
    }

    /** How much a new duration weighs in a channel's average. */
    private static final double WEIGHT = 0.2;

    private static final Comparator<ClaimedJob> ORDER = Comparator.comparingInt(ClaimedJob::priority)
            .thenComparingLong(ClaimedJob::id);

    private final List<JobChannel> channels;
    private final Map<JobChannel, PriorityQueue<ClaimedJob>> queues = new LinkedHashMap<>();
    private final Map<JobChannel, Double> averageNanos = new HashMap<>();
    private final Map<JobChannel, Integer> batchSizes = new HashMap<>();
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

    /**
     * Waits for a job whose channel has a free slot and takes the slot, with as many jobs alike behind it as its route
     * runs in one batch; null once the queue is closed.
     */
    synchronized Taken take(BatchSizes sizes) throws InterruptedException {
        while (!closed) {
            for (int i = 0; i < channels.size(); i++) {
                JobChannel channel = channels.get((rotation + i) % channels.size());
                PriorityQueue<ClaimedJob> queue = queues.get(channel);
                if (!queue.isEmpty() && channel.free() > 0) {
                    rotation = (rotation + i + 1) % channels.size();
                    channel.acquire();
                    ClaimedJob first = queue.poll();
                    int batchSize = first.recordId() == null ? 1 : sizes.of(first);
                    batchSizes.merge(channel, batchSize, Math::max);
                    return new Taken(channel, batchSize == 1 ? List.of(first) : withAlike(first, queue, batchSize),
                            System.nanoTime());
                }
            }
            wait();
        }
        return null;
    }

    /**
     * The first job and, in the queue's order, up to {@code batchSize - 1} more that its route can run in the same
     * batch: same name, backend and model, each about another record. It stops at the first job that is not, so a
     * batch never runs ahead of a job with a better priority.
     */
    private static List<ClaimedJob> withAlike(ClaimedJob first, PriorityQueue<ClaimedJob> queue, int batchSize) {
        List<ClaimedJob> batch = new ArrayList<>(batchSize);
        batch.add(first);
        Set<Long> records = new HashSet<>();
        records.add(first.recordId());
        while (batch.size() < batchSize && !queue.isEmpty() && batchable(first, queue.peek(), records)) {
            ClaimedJob next = queue.poll();
            records.add(next.recordId());
            batch.add(next);
        }
        return batch;
    }

    private static boolean batchable(ClaimedJob first, ClaimedJob next, Set<Long> records) {
        return next.recordId() != null && !records.contains(next.recordId()) && first.name().equals(next.name())
                && Objects.equals(first.backendId(), next.backendId()) && Objects.equals(first.model(), next.model());
    }

    /** The largest batch the channel's routes took: claiming fewer than that many per slot leaves batches short. */
    synchronized int batchSize(JobChannel channel) {
        return batchSizes.getOrDefault(channel, 1);
    }

    /** The slot is free again; its jobs' time, per job, goes into the channel's pace. */
    synchronized void finished(Taken taken) {
        taken.channel().release();
        double took = (double) (System.nanoTime() - taken.takenAt()) / taken.jobs().size();
        averageNanos.merge(taken.channel(), took, (average, now) -> average + WEIGHT * (now - average));
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
