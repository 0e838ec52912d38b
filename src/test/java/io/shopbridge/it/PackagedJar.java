package io.shopbridge.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The jar users run ({@code target/quarkus-app/quarkus-run.jar}, built by {@code package}), started as a child process
 * in a working directory of its own: prod profile, a free HTTP port, an H2 file database in that directory. Its
 * output (stdout and stderr) goes to {@code output.log} there.
 */
final class PackagedJar implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();

    private final Process process;
    private final Path output;

    private PackagedJar(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts the jar in {@code workDir}; {@code settings} are more {@code -Dname=value} arguments. */
    static PackagedJar start(Path workDir, String... settings) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: integration tests run after package (./mvnw verify)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.http.port=0", "-Dquarkus.camel.jolokia.server.port=0",
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + workDir.resolve("db").toAbsolutePath()));
        for (String setting : settings) {
            command.add("-D" + setting);
        }
        command.addAll(List.of("-jar", JAR.toString()));
        Path output = workDir.resolve("output.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // the passwords the prod profile requires
        builder.environment().put("SHOPBRIDGE_OPERATOR_PASSWORD", "operator-it");
        builder.environment().put("SHOPBRIDGE_VIEWER_PASSWORD", "viewer-it");
        return new PackagedJar(builder.start(), output);
    }

    /** Waits until the process has exited by itself, and answers its exit code. */
    int awaitExit(Duration within) {
        await().atMost(within).until(() -> !process.isAlive());
        return process.exitValue();
    }

    /** Waits until the output has a line containing this text. */
    void awaitOutput(String text, Duration within) {
        await().atMost(within).until(() -> {
            if (!process.isAlive() && !output().contains(text)) {
                throw new IllegalStateException("exited (" + process.exitValue() + ") before writing '" + text
                        + "':\n" + output());
            }
            return output().contains(text);
        });
    }

    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM, as a service manager stops it, then waits until it has stopped. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }
}
