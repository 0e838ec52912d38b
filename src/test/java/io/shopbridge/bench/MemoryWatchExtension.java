package io.shopbridge.bench;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Peak RSS and heap of the test JVM during each test class, written as a {@code memory} figure, when system property
 * {@code bench.watch-memory} is true (bench/run's engine steps); it does nothing otherwise. Registered by JUnit's
 * extension auto-detection (which Quarkus' junit-platform.properties turns on), so that it watches the benchmarks it
 * does not own, such as {@link JobThroughputBench}, without touching them.
 */
public class MemoryWatchExtension implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MemoryWatchExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Boolean.getBoolean("bench.watch-memory")) {
            return;
        }
        context.getStore(NAMESPACE).put("watch", MemoryWatch.start());
    }

    /** Only a class that measured something has figures: one skipped on this store has none. */
    @Override
    public void testSuccessful(ExtensionContext context) {
        context.getParent().ifPresent(parent -> parent.getStore(NAMESPACE).put("measured", true));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        boolean measured = context.getStore(NAMESPACE).remove("measured") != null;
        try (MemoryWatch watch = context.getStore(NAMESPACE).remove("watch", MemoryWatch.class)) {
            if (watch != null && measured) {
                watch.addTo(BenchFigures.of("memory").with("class", context.getRequiredTestClass().getSimpleName())
                        .with("store", BenchStore.name()).with("n", Integer.getInteger("bench.jobs", 0))).write();
            }
        }
    }
}
