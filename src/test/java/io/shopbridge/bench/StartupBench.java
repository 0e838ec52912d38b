package io.shopbridge.bench;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import io.shopbridge.reliability.AppProcess;
import io.shopbridge.reliability.ChildProcess;
import io.shopbridge.reliability.Directories;
import io.shopbridge.reliability.ErpDatabase;
import io.shopbridge.reliability.RestartablePostgres;
import io.shopbridge.reliability.ShopProcess;

/**
 * Not a test: start-up of the packaged PostgreSQL jar, run by {@code bench/run}. Time from process start to
 * {@code /q/health/ready} UP and RSS once idle (no job in flight, then 2 s), on a migrated database (every start but
 * the first), heap 256 MB, median of {@code bench.startup-runs}. Every JVM variant runs with the options the project
 * recommends ({@link #OPTIONS}, passed as {@code @src/main/jvm/jvm.options}): on the JDK that runs the build, on the
 * JDK 25 of {@code bench.jdk25} without and with an AOT cache (JDK 25's {@code -XX:AOTCacheOutput} training run on the
 * same jar with the same options, a start to ready and a SIGTERM, then {@code -XX:AOTCache}); and once with the AOT
 * cache on the JVM's defaults, to show what the options change. Then the native executable of
 * {@code bench.native-binary} when given.
 */
class StartupBench {

    static final Duration IDLE_SETTLE = Duration.ofSeconds(2);

    /** The recommended JVM options, one per line, {@code #} comments: a {@code java @file} argument file. */
    static final Path OPTIONS = Path.of("src", "main", "jvm", "jvm.options");

    @Test
    void timeToReadyAndIdleRss() throws Exception {
        assumeFalse(BenchStore.isPostgresql(), "runs once, in the default execution (it starts its own PostgreSQL)");
        int runs = Integer.getInteger("bench.startup-runs", 3);
        Path directory = Directories.fresh(Path.of("target", "bench", "startup"));
        Path jar = ExportRun.JAR.toAbsolutePath();
        try (RestartablePostgres postgres = new RestartablePostgres(directory.resolve("pgdata"));
                ShopProcess shop = ShopProcess.start(directory, 1, Duration.ofSeconds(1))) {
            new ErpDatabase(postgres.jdbcUrl(), "postgres").migrate("classpath:db/migration/postgresql");
            Map<String, String> settings = Map.of("shop.eu.url", shop.url(), "shop.eu.import-enabled", "false",
                    "shop.us.import-enabled", "false", "shopbridge.routes.check-backends", "false",
                    "quarkus.datasource.jdbc.url", postgres.jdbcUrl(), "quarkus.datasource.username", "postgres");
            Path workDir = directory.resolve("app");
            AppProcess.copyRoutesInto(workDir);
            String options = "@" + OPTIONS.toAbsolutePath();
            Path buildJava = Path.of(ChildProcess.javaExecutable());
            measure("jvm-" + Runtime.version().feature(),
                    launcher(directory, "jvm-build", buildJava, options, jar), workDir, settings, runs);
            String jdk25 = System.getProperty("bench.jdk25");
            if (jdk25 != null && Files.isExecutable(Path.of(jdk25, "bin", "java"))) {
                Path java = Path.of(jdk25, "bin", "java");
                measure("jvm-25", launcher(directory, "jvm-25", java, options, jar), workDir, settings, runs);
                measureWithAotCache("jvm-25-aot-cache", directory, java, options, jar, workDir, settings, runs);
                measureWithAotCache("jvm-25-aot-cache-jvm-defaults", directory, java, "", jar, workDir, settings,
                        runs);
            }
            String nativeBinary = System.getProperty("bench.native-binary");
            if (nativeBinary != null && !nativeBinary.isBlank()) {
                measure("native", Path.of(nativeBinary).toAbsolutePath(), workDir, settings, runs);
            }
        }
    }

    /** A training run writes the cache (on these options: a cache holds what they select), then starts use it. */
    private static void measureWithAotCache(String variant, Path directory, Path java, String options, Path jar,
            Path workDir, Map<String, String> settings, int runs) throws Exception {
        Path cache = directory.resolve(variant + ".aot");
        Path training = launcher(directory, variant + "-training", java,
                options + " -XX:AOTCacheOutput=" + cache, jar);
        try (AppProcess app = AppProcess.start(variant + "-training", training, workDir, settings, "256m")) {
            app.stop(Duration.ofMinutes(3));
        }
        if (Files.isRegularFile(cache)) {
            measure(variant, launcher(directory, variant, java, options + " -XX:AOTCache=" + cache, jar), workDir,
                    settings, runs);
        } else {
            BenchFigures.of("startup").with("variant", variant).with("error", "no_cache_written").write();
        }
    }

    /** A shell script that runs the jar on that JVM with those options: AppProcess runs it as it runs a binary. */
    private static Path launcher(Path directory, String name, Path java, String options, Path jar) throws Exception {
        Path script = directory.resolve(name + ".sh");
        Files.writeString(script, "#!/bin/sh\nexec " + java + " " + options + " \"$@\" -jar " + jar + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static void measure(String variant, Path runnable, Path workDir, Map<String, String> settings, int runs)
            throws Exception {
        List<Long> readyMillis = new ArrayList<>();
        List<Long> rssMb = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            try (AppProcess app = AppProcess.start(variant, runnable, workDir, new HashMap<>(settings), "256m")) {
                readyMillis.add(app.sinceStart().toMillis());
                await().atMost(Duration.ofMinutes(1)).until(() -> app.jobsInFlight() == 0);
                LockSupport.parkNanos(IDLE_SETTLE.toNanos());
                rssMb.add(app.rssBytes() / (1024 * 1024));
                app.stop(Duration.ofMinutes(1));
            }
        }
        BenchFigures.of("startup").with("variant", variant).with("runs", runs).with("ready_ms", median(readyMillis))
                .with("ready_ms_all", join(readyMillis)).with("rss_idle_mb", median(rssMb))
                .with("rss_idle_mb_all", join(rssMb)).write();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String join(List<Long> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }
}
