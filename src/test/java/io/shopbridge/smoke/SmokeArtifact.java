package io.shopbridge.smoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What the smoke scenario runs: the PostgreSQL build of the jar ({@code target/postgresql/quarkus-run.jar}, made by the
 * {@code reliability} profile), or the native executable named by system property {@code smoke.artifact}.
 */
record SmokeArtifact(Path path, String kind) {

    static final String DEFAULT = "target/postgresql/quarkus-run.jar";

    static SmokeArtifact fromSystemProperties() {
        Path path = Path.of(System.getProperty("smoke.artifact", DEFAULT)).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing: build it first (./mvnw verify -Preliability builds the "
                    + "jar; bench/native-smoke builds the native executable)");
        }
        return new SmokeArtifact(path, path.toString().endsWith(".jar") ? "jvm" : "native");
    }

    /**
     * What is deployed: the executable of a native build; for the jar, its whole folder (the runner jar alone is a
     * few kilobytes, its libraries are beside it).
     */
    long sizeBytes() {
        if (kind.equals("native")) {
            return path.toFile().length();
        }
        try (Stream<Path> files = Files.walk(path.getParent())) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
