package io.shopbridge.bench.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes BENCHMARKS.md and its PNG plots from one {@code bench/run}'s results. Plain Java (java.awt, headless): run by
 * bench/run on the test classes. Arguments: the run's results folder, the project folder.
 */
public final class BenchReport {

    private BenchReport() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path resultsDir = Path.of(args[0]);
        Path project = Path.of(args[1]);
        BenchResults results = BenchResults.read(resultsDir.resolve("figures.txt"), resultsDir.resolve("engine.txt"),
                project.resolve("bench/native-results.txt"));
        Path plots = project.resolve("bench/plots");
        engineChart(results).write(plots.resolve("engine-throughput.png"));
        latencyChart(results).write(plots.resolve("e2e-latency.png"));
        memoryChart(results).write(plots.resolve("memory.png"));
        startupChart(results, "ready_ms", "Process start to ready (log scale)", "ms").logarithmic()
                .target("JVM + AOT cache target 1,500 ms", 1500).target("native target 100 ms", 100)
                .write(plots.resolve("startup-ready.png"));
        startupChart(results, "rss_idle_mb", "RSS at idle", "MB").target("target 200 MB", 200)
                .write(plots.resolve("startup-rss.png"));
        String markdown = new BenchmarksMarkdown(results, RunInfo.fromSystemProperties()).render();
        Files.writeString(project.resolve("BENCHMARKS.md"), markdown);
        System.out.print(between(markdown, "## Targets", "## Job engine"));
        System.out.print(between(markdown, "Ratios on PostgreSQL", "Shopbridge on H2 against"));
        System.out.println("wrote " + project.resolve("BENCHMARKS.md") + " and " + plots);
    }

    /** The part of the text from {@code from} up to {@code to}: the summary the console shows. */
    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, Math.max(0, start));
        return start < 0 || end < 0 ? "" : text.substring(start, end);
    }

    private static BarChart engineChart(BenchResults results) {
        List<Integer> sizes = results.engineSizes();
        BarChart chart = new BarChart("No-op jobs/s, first enqueue to last done (4 threads per instance)", "jobs/s",
                sizes.stream().map(n -> "N = " + BenchmarksMarkdown.fmt(n)).toList());
        for (String[] row : new String[][] { { BenchmarksMarkdown.SHOPBRIDGE, BenchmarksMarkdown.H2 },
                { BenchmarksMarkdown.SHOPBRIDGE, BenchmarksMarkdown.PG }, { BenchmarksMarkdown.TWO, BenchmarksMarkdown.PG },
                { BenchmarksMarkdown.DB_SCHEDULER, BenchmarksMarkdown.PG }, { BenchmarksMarkdown.RAW, BenchmarksMarkdown.PG } }) {
            chart.series(row[0].replace("-16.7.1", "") + " / " + row[1].replace("-file-durable", " file"),
                    values(sizes, n -> results.engine(row[0], row[1], n), "jobs_per_s"));
        }
        return chart.target("target PG 15,000/s", 15_000).target("target H2 8,000/s", 8_000);
    }

    private static BarChart latencyChart(BenchResults results) {
        List<Figures> runs = results.e2e();
        BarChart chart = new BarChart("Latency from the ERP commit to the shop receiving the create call (log scale)", "ms",
                runs.stream().map(f -> (f.is("load", "steady") ? "steady " + f.text("target_rate") + "/s, " : "full, ")
                        + "N = " + BenchmarksMarkdown.fmt(f.n())).toList());
        for (String key : new String[] { "p50_ms", "p99_ms", "max_ms" }) {
            chart.series(key.replace("_ms", ""), runs.stream().map(f -> f.number(key))
                    .map(v -> v.isPresent() ? v.getAsDouble() : null).toArray(Double[]::new));
        }
        return chart.logarithmic().target("target p99 at 100/s: 50 ms", 50);
    }

    private static BarChart memoryChart(BenchResults results) {
        List<Integer> sizes = results.engineSizes();
        List<Figures> full = results.e2e().stream().filter(f -> f.is("load", "full")).toList();
        List<String> categories = new ArrayList<>(sizes.stream().map(n -> "jobs " + BenchmarksMarkdown.fmt(n))
                .toList());
        full.forEach(f -> categories.add("invoices " + BenchmarksMarkdown.fmt(f.n())));
        BarChart chart = new BarChart("Peak RSS by N (engine JVMs; end to end: the application)", "MB", categories);
        chart.series("shopbridge / h2 file", pad(values(sizes, n -> results.engineMemory(BenchmarksMarkdown.H2, n),
                "rss_mb"), categories.size()));
        chart.series("shopbridge / postgresql", pad(values(sizes, n -> results.engineMemory(BenchmarksMarkdown.PG, n),
                "rss_mb"), categories.size()));
        Double[] e2e = new Double[categories.size()];
        for (int i = 0; i < full.size(); i++) {
            e2e[sizes.size() + i] = full.get(i).number("rss_mb").isPresent() ? full.get(i).number("rss_mb").getAsDouble()
                    : null;
        }
        chart.series("end to end (app)", e2e);
        return chart;
    }

    private static BarChart startupChart(BenchResults results, String key, String title, String unit) {
        List<Figures> variants = results.startup().stream().filter(f -> !f.values().containsKey("error")).toList();
        return new BarChart(title, unit, variants.stream().map(f -> f.text("variant")
                + (f.values().containsKey("from") ? " (earlier run)" : "")).toList()).series(unit,
                variants.stream().map(f -> f.number(key)).map(v -> v.isPresent() ? v.getAsDouble() : null)
                        .toArray(Double[]::new));
    }

    private static Double[] values(List<Integer> sizes, Function<Integer, Optional<Figures>> figure, String key) {
        return sizes.stream().map(figure).map(f -> f.flatMap(x -> x.number(key).isPresent()
                ? Optional.of(x.number(key).getAsDouble()) : Optional.empty()).orElse(null)).toArray(Double[]::new);
    }

    private static Double[] pad(Double[] values, int size) {
        return Arrays.copyOf(values, size);
    }
}
