package io.shopbridge.reliability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged connector as users run it: {@code java -jar quarkus-run.jar} (or a native executable) in a working
 * directory of its own, production profile, settings as system properties and secrets in the environment.
 */
public final class AppProcess extends ChildProcess {

    public static final String OPERATOR_PASSWORD = "operator-reliability";
    public static final String VIEWER_PASSWORD = "viewer-reliability";
    private static final Pattern METRIC = Pattern.compile("^(\\w+)\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;

    private AppProcess(String name, List<String> command, Path workDir, Path log, int port) throws IOException {
        super(name, command, workDir, Map.of("SHOPBRIDGE_OPERATOR_PASSWORD", OPERATOR_PASSWORD,
                "SHOPBRIDGE_VIEWER_PASSWORD", VIEWER_PASSWORD,
                "SHOP_EU_API_KEY", StandaloneShop.API_KEY), log);
        this.port = port;
    }

    /**
     * Starts the application and waits until it is ready.
     *
     * @param runnable {@code quarkus-run.jar}, or a native executable
     */
    public static AppProcess start(String name, Path runnable, Path workDir, Map<String, String> settings, String maxHeap)
            throws IOException {
        int port = freePort();
        Map<String, String> all = new HashMap<>(settings);
        all.put("quarkus.http.port", String.valueOf(port));
        // several instances run at once: each one's Jolokia agent on a port of its own
        all.putIfAbsent("quarkus.camel.jolokia.server.port", "0");
        List<String> command = new ArrayList<>();
        if (runnable.toString().endsWith(".jar")) {
            command.addAll(List.of(javaExecutable(), "-Xmx" + maxHeap));
            command.addAll(extraJvmOptions("bench.app-jvm-options"));
        } else {
            command.add(runnable.toString());
            command.add("-Xmx" + maxHeap);
        }
        all.forEach((key, value) -> command.add("-D" + key + "=" + value));
        if (runnable.toString().endsWith(".jar")) {
            command.addAll(List.of("-jar", runnable.toString()));
        }
        AppProcess app = new AppProcess(name, command, workDir, workDir.resolve(name + ".log"), port);
        app.awaitReady(Duration.ofMinutes(2));
        return app;
    }

    /**
     * Copies the project's YAML routes into {@code workDir}/routes (once: a restart finds them there), as users deploy
     * the routes folder beside the jar or the binary.
     */
    public static void copyRoutesInto(Path workDir) throws IOException {
        Path routes = workDir.resolve("routes");
        if (Files.isDirectory(routes)) {
            return;
        }
        Files.createDirectories(routes);
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, routes.resolve(file.getFileName()));
            }
        }
    }

    public void awaitReady(Duration within) {
        // polled often: the time to ready of a native executable is measured in tens of milliseconds
        await().atMost(within).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).until(() -> {
            if (!alive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logText());
            }
            return status("/q/health/ready") == 200;
        });
    }

    public int status(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The numbers of {@code /q/metrics} whose name is {@code metric}, keyed by their labels; empty if unreachable. */
    public Map<String, Double> metric(String metric) {
        Map<String, Double> values = new HashMap<>();
        try {
            String text = http.send(HttpRequest.newBuilder(URI.create(base() + "/q/metrics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = METRIC.matcher(text);
            while (m.find()) {
                if (m.group(1).equals(metric)) {
                    values.put(m.group(2), Double.parseDouble(m.group(3)));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not up, or going down: no figures
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return values;
    }

    /** Heap in use, from the application's own metrics; -1 when it cannot be read. */
    public long heapUsedBytes() {
        Map<String, Double> used = metric("jvm_memory_used_bytes");
        if (used.isEmpty()) {
            return -1;
        }
        return (long) used.entrySet().stream().filter(e -> e.getKey().contains("area=\"heap\""))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /** Jobs not yet ended (waiting, pending, claimed or running) in all channels, as the queue's gauges say. */
    public long jobsInFlight() {
        Map<String, Double> jobs = metric("shopbridge_jobs");
        if (jobs.isEmpty()) {
            return -1;
        }
        return (long) jobs.entrySet().stream()
                .filter(e -> e.getKey().matches(".*state=\"(wait_dependencies|pending|enqueued|started)\".*"))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /** The application's HTTP base URL. */
    public String base() {
        return "http://127.0.0.1:" + port;
    }
}
