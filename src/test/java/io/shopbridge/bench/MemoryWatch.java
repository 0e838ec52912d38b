package io.shopbridge.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak resident set size and peak heap in use of this JVM, and peak RSS of other processes (a second engine
 * instance), sampled every 100 ms while a benchmark runs.
 */
public final class MemoryWatch implements AutoCloseable {

    private static final long MB = 1024 * 1024;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-memory-watch");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong peakRss = new AtomicLong();
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakOthersRss = new AtomicLong();
    private volatile long[] others = new long[0];

    private MemoryWatch() {
        sampler.scheduleAtFixedRate(this::sample, 0, 100, TimeUnit.MILLISECONDS);
    }

    public static MemoryWatch start() {
        return new MemoryWatch();
    }

    /** Adds these processes' RSS to the figures (summed per sample). */
    public void alsoWatch(long... pids) {
        others = pids;
    }

    private void sample() {
        peakRss.accumulateAndGet(rssBytes(ProcessHandle.current().pid()), Math::max);
        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        long sum = 0;
        for (long pid : others) {
            sum += rssBytes(pid);
        }
        peakOthersRss.accumulateAndGet(sum, Math::max);
    }

    /** VmRSS of /proc; 0 when the process is gone. */
    public static long rssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or no /proc
        }
        return 0;
    }

    /** Adds the peaks, in MB: {@code rss_mb}, {@code heap_mb} and, when others were watched, {@code others_rss_mb}. */
    public BenchFigures addTo(BenchFigures figures) {
        sample();
        figures.with("rss_mb", peakRss.get() / MB).with("heap_mb", peakHeap.get() / MB);
        if (others.length > 0) {
            figures.with("others_rss_mb", peakOthersRss.get() / MB);
        }
        return figures;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
