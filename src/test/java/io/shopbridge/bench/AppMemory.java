package io.shopbridge.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.shopbridge.reliability.AppProcess;

/** Peak RSS (from /proc) and peak heap in use (from the application's own metrics) of the packaged application. */
final class AppMemory implements AutoCloseable {

    private static final long MB = 1024 * 1024;

    private final AppProcess app;
    private final AtomicLong peakRss = new AtomicLong();
    private final AtomicLong peakHeap = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-app-memory");
        t.setDaemon(true);
        return t;
    });

    AppMemory(AppProcess app) {
        this.app = app;
        sampler.scheduleWithFixedDelay(this::sample, 0, 500, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        peakRss.accumulateAndGet(app.rssBytes(), Math::max);
        peakHeap.accumulateAndGet(app.heapUsedBytes(), Math::max);
    }

    BenchFigures addTo(BenchFigures figures) {
        sample();
        return figures.with("rss_mb", peakRss.get() / MB).with("heap_mb", peakHeap.get() / MB);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
