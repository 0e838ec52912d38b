package io.shopbridge.smoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of one smoke run, filled in as the run gets to them, and appended as one dated line to the results
 * file ({@code smoke.results}, default {@code bench/native-results.txt}) whether the run passed or not: a figure the
 * run did not reach reads {@code -}, and the outcome names the step that failed.
 */
final class SmokeFigures {

    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    private final SmokeArtifact artifact;
    private final String buildSeconds = System.getProperty("smoke.build-seconds");
    String step = "start";
    Duration timeToReady;
    String startedInAsLogged;
    long rssIdleBytes;
    long rssAfterExportBytes;
    int exported;
    Duration exportTime;

    SmokeFigures(SmokeArtifact artifact) {
        this.artifact = artifact;
    }

    /** Quarkus's own "started in" of the log, for comparison (it does not count the process's own start). */
    void readStartedIn(String log) {
        Matcher m = STARTED_IN.matcher(log);
        startedInAsLogged = m.find() ? m.group(1) + "s" : null;
    }

    String line(boolean passed) {
        return String.join(" ", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), artifact.kind(),
                passed ? "PASSED" : "FAILED(" + step + ")",
                "size=" + megabytes(artifact.sizeBytes()) + (artifact.kind().equals("jvm") ? "(app folder)" : ""),
                "build=" + (buildSeconds == null ? "-" : buildSeconds + "s"),
                "ready=" + (timeToReady == null ? "-" : timeToReady.toMillis() + "ms"),
                "quarkus_started_in=" + (startedInAsLogged == null ? "-" : startedInAsLogged),
                "rss_idle=" + megabytes(rssIdleBytes), "rss_after_export=" + megabytes(rssAfterExportBytes),
                "exports=" + exported,
                "exports_per_s=" + (exportTime == null ? "-"
                        : String.format(Locale.ROOT, "%.1f", exported / (exportTime.toNanos() / 1e9))));
    }

    void append(boolean passed) {
        Path results = Path.of(System.getProperty("smoke.results", "bench/native-results.txt"));
        try {
            Files.writeString(results, line(passed) + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String megabytes(long bytes) {
        return bytes <= 0 ? "-" : String.format(Locale.ROOT, "%.1fMB", bytes / (1024.0 * 1024.0));
    }
}
