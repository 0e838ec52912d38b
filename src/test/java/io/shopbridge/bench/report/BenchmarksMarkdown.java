package io.shopbridge.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/** BENCHMARKS.md from one run's results: targets against figures first, then each section's table. */
final class BenchmarksMarkdown {

    static final String PG = "postgresql";
    static final String H2 = "h2-file-durable";
    static final String SHOPBRIDGE = "shopbridge";
    static final String TWO = "shopbridge-2-instances";
    static final String DB_SCHEDULER = "db-scheduler-16.7.1";
    static final String RAW = "raw-sql";
    static final String RAW_JOB_TABLE = "raw-sql-job-table";

    private final BenchResults results;
    private final RunInfo run;
    private final StringBuilder md = new StringBuilder();

    BenchmarksMarkdown(BenchResults results, RunInfo run) {
        this.results = results;
        this.run = run;
    }

    String render() {
        header();
        targets();
        engine();
        endToEnd();
        growth();
        startup();
        howToRun();
        return md.toString();
    }

    private void header() {
        line("# Benchmarks");
        line("");
        line("> Taken " + run.date() + " with `" + run.command() + "` (" + run.mode() + " run, " + run.duration()
                + ") on a " + run.machine() + " machine, load average " + run.loadBefore() + " before and " + run.loadAfter()
                + " after the run (the run itself keeps both cores busy; above 2 before it, other work shared the cores "
                + "and the figures are low). Figures vary from run "
                + "to run; the comparisons within one run (same database, same moment) are the meaningful part. Before the "
                + "run, a fixed single-threaded workload (`MachineSpeed`: sort 4 million ints, fill a HashMap) took "
                + run.machineSpeedMs() + " ms on this machine: figures of runs whose workload times differ are not "
                + "comparable (the same start-up took twice as long on this cloud machine from one day to the next). "
                + "Regenerate with `bench/run` (see the end of this file).");
        line("");
    }

    private void targets() {
        line("## Targets (issue 12) against this run");
        line("");
        line("| target | measured | met |");
        line("|---|---|---|");
        int n = largest(results.engineSizes());
        Optional<Figures> pg = results.engine(SHOPBRIDGE, PG, n);
        Optional<Figures> dbs = results.engine(DB_SCHEDULER, PG, n);
        Optional<Figures> raw = rawSqlLimit(n);
        Optional<Figures> h2 = results.engine(SHOPBRIDGE, H2, n);
        String atN = n > 0 ? " (N = " + fmt(n) + ")" : "";
        target("Job engine on PostgreSQL ≥ 15,000 jobs/s" + atN, rate(pg), at(pg, 15_000));
        OptionalDouble toDbs = ratio(pg, dbs);
        target("… and ≥ 2 × db-scheduler in the same run", times(toDbs), met(toDbs, 2.0));
        OptionalDouble toRaw = ratio(pg, raw);
        target("… and ≥ 70 % of the raw SQL limit (the faster of `raw-sql` and `raw-sql-job-table`"
                + raw.map(f -> ", here " + rate(Optional.of(f)) + " of " + f.text("engine")).orElse("") + ")",
                percent(toRaw), met(toRaw, 0.70));
        target("Job engine on H2, durable file ≥ 8,000 jobs/s" + atN, rate(h2), at(h2, 8_000));
        Optional<Figures> full = results.e2e().stream().filter(f -> f.is("load", "full"))
                .max((a, b) -> Integer.compare(a.n(), b.n()));
        target("End to end ≥ 2,000 invoices/s through the sandbox" + full.map(f -> " (N = " + fmt(f.n()) + ")")
                .orElse(""), full.map(f -> num(f, "records_per_s") + " invoices/s").orElse("not measured"),
                full.map(f -> yes(f.number("records_per_s").orElse(0) >= 2000)).orElse("–"));
        Optional<Figures> steady = results.e2e().stream().filter(f -> f.is("load", "steady")
                && f.is("target_rate", "100")).findFirst();
        target("At a steady 100/s, p99 insert → shop call < 50 ms",
                steady.map(f -> num(f, "p99_ms") + " ms (ERP inserts kept " + num(f, "insert_per_s")
                        + "/s, exports " + num(f, "records_per_s") + "/s)").orElse("not measured"),
                steady.map(f -> yes(f.number("p99_ms").orElse(1e9) < 50)).orElse("–"));
        Optional<Figures> aot = startup("jvm-25-aot-cache");
        target("JVM start to ready < 1.5 s with the AOT cache", aot.map(f -> num(f, "ready_ms") + " ms")
                .orElse("not measured"), aot.map(f -> yes(f.number("ready_ms").orElse(1e9) < 1500)).orElse("–"));
        List<Figures> jvms = results.startup().stream().filter(f -> f.text("variant").startsWith("jvm")
                && !f.text("variant").endsWith("jvm-defaults") && f.number("rss_idle_mb").isPresent()).toList();
        target("RSS at idle < 200 MB (JVM, recommended options)", jvms.isEmpty() ? "not measured" : String.join(", ", jvms.stream()
                .map(f -> f.text("variant") + " " + num(f, "rss_idle_mb") + " MB").toList()),
                jvms.isEmpty() ? "–" : yes(jvms.stream().allMatch(f -> f.number("rss_idle_mb").getAsDouble() < 200)));
        Optional<Figures> nat = startup("native");
        target("Native start < 100 ms", nat.map(f -> num(f, "ready_ms") + " ms" + (f.values().containsKey("from")
                ? " (earlier run, " + f.text("from").replace('_', ' ') + ")" : "")).orElse("not measured"),
                nat.map(f -> yes(f.number("ready_ms").orElse(1e9) < 100)).orElse("–"));
        line("");
    }

    private void engine() {
        if (results.engineSizes().isEmpty()) {
            return;
        }
        line("## Job engine: no-op jobs/s, first enqueue → last done");
        line("");
        line("Each engine with 4 worker threads (two instances: 4 each), N jobs enqueued in batches of 1,000, timed from "
                + "the first enqueue to the last job done. PostgreSQL is the embedded (zonky) PostgreSQL the tests use, "
                + "here with `synchronous_commit=on`, `fsync=on`; H2 is a file database with `WRITE_DELAY=0` (every "
                + "commit written before it returns, as the prod URL sets). The Shopbridge figures come from the "
                + "engine's own `JobThroughputBench` (poll period 50 ms, prefetch 128, root:4) and "
                + "`TwoInstanceThroughputBench` (the test application and an `EngineNode` JVM); db-scheduler 16.7.1 runs "
                + "in the same JVM on the same database: one-time tasks, `scheduleBatch`, polling strategy "
                + "**lock-and-fetch** (`pollUsingLockAndFetch(0.5, 4.0)`: one `SELECT … FOR UPDATE SKIP LOCKED` that "
                + "picks up to 16 due tasks), polling every 50 ms. The raw SQL limit is the claim "
                + "(`UPDATE … WHERE id IN (SELECT … ORDER BY priority, id LIMIT 100 FOR UPDATE SKIP LOCKED) RETURNING id`) "
                + "and complete (`UPDATE … SET state = 'done' WHERE id = ANY(?)`) statements alone, 4 threads, rows "
                + "inserted beforehand (not timed), on a table of its own (5 columns, 2 indexes); `raw-sql-job-table` "
                + "runs the same statements on a copy of `queue_job` (its columns, defaults and indexes, no trigger) "
                + "with the N rows enqueued during the run, 1,000 per statement, timed like the engines from the first "
                + "enqueue: the limit for the engine's own table and work. With durable commits, what each engine commits per job decides: "
                + "db-scheduler completes a one-time task with a `DELETE` in a transaction of its own (one commit, so "
                + "one WAL flush, per task), the raw SQL two commits per 100 rows; the issue's first comparison ran on "
                + "the embedded server's defaults (`fsync` and `synchronous_commit` off), where commits cost little.");
        line("");
        List<Integer> sizes = results.engineSizes();
        StringBuilder head = new StringBuilder("| engine | store |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (int n : sizes) {
            head.append(" N = ").append(fmt(n)).append(" |");
            rule.append("---|");
        }
        line(head.toString());
        line(rule.toString());
        for (String[] row : new String[][] { { SHOPBRIDGE, H2 }, { SHOPBRIDGE, PG }, { TWO, PG }, { DB_SCHEDULER, PG },
                { RAW, PG }, { RAW_JOB_TABLE, PG } }) {
            StringBuilder cells = new StringBuilder("| " + row[0] + " | " + row[1] + " |");
            for (int n : sizes) {
                cells.append(" ").append(results.engine(row[0], row[1], n).map(f -> num(f, "jobs_per_s") + " ("
                        + num(f, "seconds") + " s)").orElse("–")).append(" |");
            }
            line(cells.toString());
        }
        line("");
        line("Ratios on PostgreSQL, same N, same run; the raw SQL limit is the faster of `raw-sql` and "
                + "`raw-sql-job-table` at that N (the statements alone have no claim on which table is their best case: "
                + "from run to run and N to N either is ahead):");
        line("");
        head = new StringBuilder("| engine |");
        rule = new StringBuilder("|---|");
        for (int n : sizes) {
            head.append(" to raw SQL, N = ").append(fmt(n)).append(" | to db-scheduler, N = ").append(fmt(n)).append(" |");
            rule.append("---|---|");
        }
        line(head.toString());
        line(rule.toString());
        for (String engine : new String[] { SHOPBRIDGE, TWO, DB_SCHEDULER }) {
            StringBuilder cells = new StringBuilder("| " + engine + " |");
            for (int n : sizes) {
                Optional<Figures> e = results.engine(engine, PG, n);
                cells.append(" ").append(percent(ratio(e, rawSqlLimit(n)))).append(" | ")
                        .append(times(ratio(e, results.engine(DB_SCHEDULER, PG, n)))).append(" |");
            }
            line(cells.toString());
        }
        line("");
        line("Shopbridge on H2 against raw SQL on PostgreSQL is not a like-for-like ratio and is left out.");
        line("");
        line("Memory during each engine run (peak RSS / peak heap in use of the JVM running it; the second instance's "
                + "RSS apart):");
        line("");
        head = new StringBuilder("| engine | store |");
        rule = new StringBuilder("|---|---|");
        for (int n : sizes) {
            head.append(" N = ").append(fmt(n)).append(" |");
            rule.append("---|");
        }
        line(head.toString());
        line(rule.toString());
        for (String[] row : new String[][] { { SHOPBRIDGE, H2 }, { SHOPBRIDGE, PG }, { TWO, PG }, { DB_SCHEDULER, PG },
                { RAW, PG }, { RAW_JOB_TABLE, PG } }) {
            StringBuilder cells = new StringBuilder("| " + row[0] + " | " + row[1] + " |");
            for (int n : sizes) {
                cells.append(" ").append(engineMemory(row[0], row[1], n).map(f -> num(f, "rss_mb") + " / "
                        + num(f, "heap_mb") + " MB" + (f.values().containsKey("others_rss_mb")
                                ? " (+ " + num(f, "others_rss_mb") + " MB)" : "")).orElse("–")).append(" |");
            }
            line(cells.toString());
        }
        line("");
        line("All engine benchmarks of one store and N run in one JVM (one after the other, the Quarkus test "
                + "application started once): RSS only grows within a JVM, so a later benchmark's peak RSS includes what "
                + "an earlier one left. Heap peaks include uncollected garbage.");
        line("");
        line("![Job engine throughput](bench/plots/engine-throughput.png)");
        line("");
    }

    private Optional<Figures> engineMemory(String engine, String store, int n) {
        return SHOPBRIDGE.equals(engine) ? results.engineMemory(store, n) : results.engine(engine, store, n);
    }

    private void endToEnd() {
        if (results.e2e().isEmpty()) {
            return;
        }
        line("## End to end: ERP insert → shop → bound");
        line("");
        line("The packaged PostgreSQL jar (`target/postgresql/quarkus-run.jar`, prod profile, the project's `routes/`, "
                + "`-Xmx512m`, default event poll period 500 ms and job poll period 200 ms, both woken at once by "
                + "PostgreSQL's notifications of committed events and jobs) on a fresh embedded "
                + "PostgreSQL with durable commits; the Magento 1.7 sandbox runs **in its own JVM** (`StandaloneShop`, "
                + "called over HTTP XML-RPC, notes the time each `sales_order_invoice.create` reaches it), so its cost "
                + "is not in the application's heap, but it shares the same 2 cores. Invoices are inserted into the ERP "
                + "tables as the reliability runs do (`ErpDatabase`: order, lines, order binding, invoice, lines, and the "
                + "invoice binding whose trigger starts the export), 500 per transaction at full load, one per "
                + "transaction at a steady rate (4 inserting threads on a schedule, after warm-up invoices at 100/s "
                + "right after the application's start, whose latencies are listed apart below the table: while "
                + "both JVMs still compile their hot code, the first seconds are slower). A steady rate above what the "
                + "export keeps up with turns into a backlog, and its latencies into queueing time: the lower rate "
                + "shows the latency of the path itself. Latency: from the insert's commit (the time the ERP's commit "
                + "returned) to the shop receiving the create call. Records/s: from the first insert to the last "
                + "binding (`sync_date`). Channels `" + results.e2e().stream().findFirst().map(f -> f.text("channels"))
                        .orElse("root:8,root.magento:8") + "` (the README's default `root.magento:2` bounds exports "
                + "at a few dozen per second).");
        line("");
        line("| load | N | invoices/s | time | ERP inserts/s | p50 | p99 | max | app peak RSS / heap |");
        line("|---|---|---|---|---|---|---|---|---|");
        for (Figures f : results.e2e()) {
            line("| " + (f.is("load", "steady") ? "steady " + f.text("target_rate") + "/s" : "full") + " | "
                    + fmt(f.n()) + " | " + num(f, "records_per_s") + " | " + num(f, "seconds") + " s | "
                    + num(f, "insert_per_s") + " | " + num(f, "p50_ms") + " ms | " + num(f, "p99_ms") + " ms | "
                    + num(f, "max_ms") + " ms | " + num(f, "rss_mb") + " / " + num(f, "heap_mb") + " MB |");
        }
        line("");
        for (Figures f : results.e2e()) {
            if (f.number("warmup_latencies").orElse(0) > 0) {
                line("- Before the steady " + f.text("target_rate") + "/s run: " + num(f, "warmup_latencies")
                        + " warm-up invoices at 100/s from the application's start: p50 " + num(f, "warmup_p50_ms")
                        + " ms, p99 " + num(f, "warmup_p99_ms") + " ms, max " + num(f, "warmup_max_ms") + " ms.");
            }
        }
        for (Figures f : results.e2e()) {
            double rate = f.number("target_rate").orElse(0);
            double behind = f.number("seconds").orElse(0) - (rate > 0 ? f.n() / rate : 0);
            if (f.is("load", "steady") && behind > 1) {
                line(String.format(Locale.ROOT, "- At %s/s the last binding came %.1f s after the last insert was "
                        + "due: the exports fell behind, and the latencies include queueing behind earlier invoices.",
                        f.text("target_rate"), behind));
            }
        }
        line("");
        line("![End-to-end latency](bench/plots/e2e-latency.png)");
        line("");
    }

    private void growth() {
        line("## How time and memory grow with N");
        line("");
        List<String> statements = new ArrayList<>();
        List<Integer> sizes = results.engineSizes();
        if (sizes.size() > 1) {
            int from = sizes.get(0);
            int to = largest(sizes);
            for (String[] row : new String[][] { { SHOPBRIDGE, H2 }, { SHOPBRIDGE, PG }, { TWO, PG },
                    { DB_SCHEDULER, PG }, { RAW, PG } }) {
                growthOf(row[0] + " on " + row[1] + ": time", results.engine(row[0], row[1], from),
                        results.engine(row[0], row[1], to), from, to, "seconds").ifPresent(statements::add);
                growthOf(row[0] + " on " + row[1] + ": peak RSS", engineMemory(row[0], row[1], from),
                        engineMemory(row[0], row[1], to), from, to, "rss_mb").ifPresent(statements::add);
            }
        }
        List<Figures> full = results.e2e().stream().filter(f -> f.is("load", "full")).toList();
        if (full.size() > 1) {
            Figures first = full.get(0);
            Figures last = full.get(full.size() - 1);
            for (String key : new String[] { "seconds", "rss_mb", "heap_mb" }) {
                growthOf("end to end: " + key.replace("_mb", "").replace("seconds", "time").replace("rss", "peak RSS")
                        .replace("heap", "peak heap"), Optional.of(first), Optional.of(last), first.n(), last.n(), key)
                        .ifPresent(statements::add);
            }
        }
        if (statements.isEmpty()) {
            line("Only one N was run: nothing to compare.");
        }
        statements.forEach(s -> line("- " + s));
        line("");
        line("Time grows with N by design (N jobs to run); \"linear or better\" means the time per job does not "
                + "rise with N. Memory should stay flat (bounded by the batch sizes and `-Xmx`), so any growth at all is "
                + "worth a look; RSS within one JVM does not shrink, so the engine rows compare separate JVMs (one per "
                + "N).");
        line("");
        line("![Memory against N](bench/plots/memory.png)");
        line("");
    }

    private static Optional<String> growthOf(String what, Optional<Figures> from, Optional<Figures> to, int fromN,
            int toN, String key) {
        if (from.isEmpty() || to.isEmpty() || from.get().number(key).isEmpty() || to.get().number(key).isEmpty()
                || from.get().number(key).getAsDouble() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Growth(fromN, toN, from.get().number(key).getAsDouble(),
                to.get().number(key).getAsDouble()).describe(what));
    }

    private void startup() {
        line("## Start-up");
        line("");
        line("The packaged PostgreSQL jar with the prod profile on a migrated embedded PostgreSQL, `-Xmx256m`: time "
                + "from process start to `/q/health/ready` UP, and RSS once idle (no job in flight, then 2 s). Every JVM "
                + "variant runs with the JVM options the project recommends (`java @src/main/jvm/jvm.options`, "
                + "README \"Deploying\") except `jvm-25-aot-cache-jvm-defaults`, the AOT cache on the JVM's "
                + "defaults (G1, initial heap 1/64 of the memory). The AOT "
                + "cache is the plain JDK 25 one on the normal jar (no Quarkus change: `quarkus.package.jar.aot.enabled` "
                + "needs a Quarkus BOM this project does not use): a training run with `-XX:AOTCacheOutput=app.aot` "
                + "(start to ready, SIGTERM; the JVM writes the cache at exit), on the same options, then starts with `-XX:AOTCache=app.aot`. "
                + "The training run's log names the classes the cache leaves out. The native executable is the PostgreSQL build of `native-check --link` "
                + "(a probe binary, see README \"Native\"); unless `bench/run --native` rebuilt it, its figures are the "
                + "last `bench/native-results.txt` line (from `bench/native-smoke`), as the table says.");
        line("");
        line("| variant | ready (median) | all runs | RSS idle (median) | all runs |");
        line("|---|---|---|---|---|");
        for (Figures f : results.startup()) {
            if (f.values().containsKey("error")) {
                line("| " + f.text("variant") + " | " + f.text("error").replace('_', ' ') + " | | | |");
                continue;
            }
            line("| " + f.text("variant") + (f.values().containsKey("from") ? " (" + f.text("from").replace('_', ' ')
                    + ", build " + f.text("build") + ")" : "") + " | " + num(f, "ready_ms") + " ms | "
                    + f.text("ready_ms_all") + " | " + num(f, "rss_idle_mb") + " MB | " + f.text("rss_idle_mb_all")
                    + " |");
        }
        line("");
        line("![Start to ready](bench/plots/startup-ready.png)");
        line("");
        line("![RSS at idle](bench/plots/startup-rss.png)");
        line("");
    }

    private void howToRun() {
        line("## Reproduce");
        line("");
        line("```");
        line("bench/run            # the full run: N = 10k/40k/100k jobs, 1k/10k/100k invoices, steady 100/s and 10/s for 60 s");
        line("bench/run --quick    # a small run of every section (about 25 min on 2 busy cores)");
        line("bench/run --help     # sections, sizes, --native");
        line("```");
        line("");
        line("Raw figures of this run: `bench/last-run/` (one `key=value` line per measurement).");
    }

    private Optional<Figures> startup(String variant) {
        return results.startup().stream().filter(f -> f.is("variant", variant)).findFirst();
    }

    private void target(String target, String measured, String met) {
        line("| " + target + " | " + measured + " | " + met + " |");
    }

    /** The raw SQL limit at N: the faster of its two runs, the statements on a table of their own or on queue_job's. */
    private Optional<Figures> rawSqlLimit(int n) {
        return Stream.of(results.engine(RAW, PG, n), results.engine(RAW_JOB_TABLE, PG, n)).flatMap(Optional::stream)
                .max(Comparator.comparingDouble(f -> f.number("jobs_per_s").orElse(0)));
    }

    private static String rate(Optional<Figures> f) {
        return f.map(x -> num(x, "jobs_per_s") + " jobs/s").orElse("not measured");
    }

    private static String at(Optional<Figures> f, double target) {
        return f.map(x -> yes(x.number("jobs_per_s").orElse(0) >= target)).orElse("–");
    }

    private static OptionalDouble ratio(Optional<Figures> a, Optional<Figures> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return OptionalDouble.empty();
        }
        double below = b.get().number("jobs_per_s").orElse(0);
        return below <= 0 ? OptionalDouble.empty() : OptionalDouble.of(a.get().number("jobs_per_s").orElse(0) / below);
    }

    private static String met(OptionalDouble ratio, double target) {
        return ratio.isPresent() ? yes(ratio.getAsDouble() >= target) : "–";
    }

    private static String times(OptionalDouble ratio) {
        return ratio.isPresent() ? String.format(Locale.ROOT, "%.2f ×", ratio.getAsDouble()) : "–";
    }

    private static String percent(OptionalDouble ratio) {
        return ratio.isPresent() ? String.format(Locale.ROOT, "%.0f %%", ratio.getAsDouble() * 100) : "–";
    }

    private static String yes(boolean met) {
        return met ? "yes" : "**no (missed)**";
    }

    static String num(Figures f, String key) {
        OptionalDouble value = f.number(key);
        if (value.isEmpty()) {
            return "–";
        }
        double v = value.getAsDouble();
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String fmt(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static int largest(List<Integer> sizes) {
        return sizes.isEmpty() ? 0 : sizes.get(sizes.size() - 1);
    }

    private void line(String text) {
        md.append(text).append('\n');
    }
}
