package io.shopbridge.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything one {@code bench/run} measured: the figures file of the benchmarks, the result lines of
 * {@code JobThroughputBench} (the engine's own benchmark, in its own format), and the last native smoke line when the
 * run did not measure the native executable itself.
 */
final class BenchResults {

    private static final Pattern ENGINE_LINE = Pattern.compile(
            "store=(\\S+) .*?jobs=(\\d+) enqueue=(\\d+)/s end-to-end=(\\d+) jobs/s \\(([0-9.]+) s\\)");
    private static final Pattern NATIVE_LINE = Pattern.compile(
            "^(\\S+) native PASSED .*?build=(\\S+) ready=(\\d+)ms .*?rss_idle=([0-9.]+)MB");

    final List<Figures> figures = new ArrayList<>();

    static BenchResults read(Path figuresFile, Path engineFile, Path nativeResults) throws IOException {
        BenchResults results = new BenchResults();
        if (Files.exists(figuresFile)) {
            Files.readAllLines(figuresFile).stream().filter(l -> !l.isBlank()).map(Figures::parse)
                    .forEach(results.figures::add);
        }
        if (Files.exists(engineFile)) {
            for (String line : Files.readAllLines(engineFile)) {
                Matcher m = ENGINE_LINE.matcher(line);
                if (m.find()) {
                    String store = m.group(1).startsWith("h2") ? "h2-file-durable" : m.group(1);
                    results.figures.add(Figures.parse("section=engine engine=shopbridge store=" + store
                            + " threads=4 n=" + m.group(2) + " enqueue_per_s=" + m.group(3) + " jobs_per_s="
                            + m.group(4) + " seconds=" + m.group(5)));
                }
            }
        }
        boolean nativeMeasured = results.startup().stream().anyMatch(f -> f.is("variant", "native"));
        if (!nativeMeasured && Files.exists(nativeResults)) {
            lastNativeLine(nativeResults).ifPresent(results.figures::add);
        }
        return results;
    }

    private static Optional<Figures> lastNativeLine(Path nativeResults) throws IOException {
        Figures last = null;
        for (String line : Files.readAllLines(nativeResults)) {
            Matcher m = NATIVE_LINE.matcher(line);
            if (m.find()) {
                last = Figures.parse("section=startup variant=native ready_ms=" + m.group(3) + " rss_idle_mb="
                        + m.group(4) + " from=bench/native-results.txt_" + m.group(1) + " build=" + m.group(2));
            }
        }
        return Optional.ofNullable(last);
    }

    List<Figures> section(String section) {
        return figures.stream().filter(f -> f.is("section", section)).toList();
    }

    List<Figures> engine() {
        return section("engine");
    }

    /** Full-load runs by N, then steady runs by rate, highest first. */
    List<Figures> e2e() {
        return section("e2e").stream().sorted(Comparator.comparing((Figures f) -> f.is("load", "steady"))
                .thenComparingDouble(f -> f.is("load", "steady") ? -f.number("target_rate").orElse(0) : f.n()))
                .toList();
    }

    List<Figures> startup() {
        return section("startup");
    }

    /** The engine figure of that engine (and store) for that N. */
    Optional<Figures> engine(String engine, String store, int n) {
        return engine().stream().filter(f -> f.is("engine", engine) && f.is("store", store) && f.n() == n).findFirst();
    }

    /** The memory figure of JobThroughputBench for that store and N (it does not measure its own). */
    Optional<Figures> engineMemory(String store, int n) {
        String memoryStore = store.startsWith("h2") ? "h2" : store;
        return section("memory").stream().filter(f -> f.is("class", "JobThroughputBench") && f.is("store", memoryStore)
                && f.n() == n).findFirst();
    }

    List<Integer> engineSizes() {
        return engine().stream().map(Figures::n).distinct().sorted().toList();
    }
}
