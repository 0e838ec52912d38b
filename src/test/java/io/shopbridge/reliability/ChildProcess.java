package io.shopbridge.reliability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A process of the harness, its output in a log file; killed with SIGKILL or stopped with SIGTERM. */
public class ChildProcess implements AutoCloseable {

    protected final String name;
    protected final Process process;
    protected final Path log;
    private final long startedNanos;

    protected ChildProcess(String name, List<String> command, Path workDir, Map<String, String> environment, Path log)
            throws IOException {
        this.name = name;
        this.log = log;
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        this.startedNanos = System.nanoTime();
        this.process = builder.start();
        // a test JVM that dies (killed build, timeout) must not leave applications running behind it
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    }

    /**
     * JVM options a benchmark adds to a child JVM through a system property (say
     * {@code -XX:StartFlightRecording=filename=app.jfr}, to profile it); none when it is not set.
     */
    static List<String> extraJvmOptions(String property) {
        String options = System.getProperty(property, "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook, no flush, as a crash or an OOM killer. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: a graceful stop; the exit code. */
    public int stop(Duration within) {
        process.destroy();
        return waitForExit(within);
    }

    public int waitForExit(Duration within) {
        try {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not exit within " + within + "; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Resident set size from /proc, in bytes; 0 where there is no /proc. */
    public long rssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return 0;
    }

    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Waits for a line the process prints when it is up; fails at once, with its log, if it dies first. */
    public String awaitLine(java.util.regex.Pattern pattern, Duration within) {
        return await().atMost(within).pollInterval(Duration.ofMillis(50)).until(() -> {
            java.util.regex.Matcher m = pattern.matcher(logText());
            if (m.find()) {
                return m.group(1);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logText());
            }
            return null;
        }, found -> found != null);
    }

    /** Time since the process was started (just before {@code ProcessBuilder.start}). */
    public Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
