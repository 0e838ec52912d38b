package io.shopbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What a refused start of the packaged jar looks like: a non-zero exit, one line saying why, no stack trace. */
final class StartupRefusal {

    private static final Duration START = Duration.ofMinutes(1);

    private StartupRefusal() {
    }

    /** Starts the jar in {@code workDir} and answers the one refusal line it wrote before exiting. */
    static String refusalLine(Path workDir, String... settings) throws IOException, InterruptedException {
        try (PackagedJar app = PackagedJar.start(workDir, settings)) {
            int exitCode = app.awaitExit(START);
            String output = app.output();
            assertNotEquals(0, exitCode, output);
            List<String> refusals = output.lines().filter(l -> l.contains("Shopbridge cannot start")).toList();
            assertEquals(1, refusals.size(), output);
            assertFalse(output.contains("\tat "), "a stack trace in:\n" + output);
            String line = refusals.get(0);
            return line.substring(line.indexOf("Shopbridge cannot start"));
        }
    }
}
