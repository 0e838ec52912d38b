package io.shopbridge.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.shopbridge.connector.job.EngineNode;

/**
 * An {@link EngineNode}, a second job engine instance, in a JVM of its own on the test application's database. Its
 * output goes to {@code target/engine-node-<name>.log}.
 */
public final class EngineNodeProcess {

    private static final Pattern READY = Pattern.compile("^READY (\\S+)$", Pattern.MULTILINE);

    private static final Pattern ERROR = Pattern.compile("^ERROR: .*$", Pattern.MULTILINE);

    private final Process process;
    private final String instance;
    private final Path log;

    private EngineNodeProcess(Process process, String instance, Path log) {
        this.process = process;
        this.instance = instance;
        this.log = log;
    }

    /** Starts a node running root:4 with this lease, and waits until it polls. */
    public static EngineNodeProcess start(String name, Duration lease) throws IOException {
        Config config = ConfigProvider.getConfig();
        Path log = Path.of("target", "engine-node-" + name + ".log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-Dquarkus.datasource.jdbc.url=" + config.getValue("quarkus.datasource.jdbc.url", String.class),
                "-Dquarkus.datasource.username=" + config.getValue("quarkus.datasource.username", String.class),
                "-Dquarkus.datasource.password="
                        + config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""),
                "-Dshopbridge.jobs.lease=" + lease,
                "-Dshopbridge.jobs.channels=root:4",
                EngineNode.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String instance = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(50))
                    .until(() -> ready(process, log), id -> id != null);
            return new EngineNodeProcess(process, instance, log);
        } catch (RuntimeException | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static String ready(Process process, Path log) throws IOException {
        Matcher ready = READY.matcher(Files.readString(log));
        if (ready.find()) {
            return ready.group(1);
        }
        if (!process.isAlive()) {
            throw new IllegalStateException("EngineNode exited (" + process.exitValue() + ") before it was ready: see "
                    + log.toAbsolutePath());
        }
        return null;
    }

    /** The ERROR lines the node has logged so far (a job it could not run or record, a store failure). */
    public List<String> errors() throws IOException {
        return ERROR.matcher(Files.readString(log)).results().map(MatchResult::group).toList();
    }

    /** The node's JVM as the job engine names it: its worker id is this, a slash and a suffix. */
    public String instance() {
        return instance;
    }

    /** SIGTERM on Linux: the node stops as the application does on shutdown, and this waits until it has. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("EngineNode did not stop within a minute of SIGTERM");
        }
    }

    /** SIGKILL on Linux: the node ends on the spot, whatever it holds. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }
}
