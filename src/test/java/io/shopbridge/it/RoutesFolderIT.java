package io.shopbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar loads the YAML routes of the folder {@code shopbridge.routes.location} names, relative to its
 * working directory; a folder or a file it cannot use stops start-up with one line naming it and the problem, no stack
 * trace, and a non-zero exit code.
 */
class RoutesFolderIT {

    private static final Duration START = Duration.ofMinutes(1);
    private static final String LOCATION = "shopbridge.routes.location=";

    @TempDir
    Path workDir;

    @Test
    void theFolderTheSettingNamesIsLoaded() throws Exception {
        ErpStore.withBackends(workDir, "shop-eu", "shop-us");
        Path routes = Files.createDirectories(workDir.resolve("shop-routes"));
        try (Stream<Path> shipped = Files.list(Path.of("routes"))) {
            for (Path file : shipped.toList()) {
                Files.copy(file, routes.resolve(file.getFileName()));
            }
        }
        Files.writeString(routes.resolve("probe.yaml"), """
                - route:
                    id: routes-folder-probe
                    from:
                      uri: "timer:routes-folder-probe?repeatCount=1"
                      steps:
                        - log: "routes folder probe ran"
                """);

        try (PackagedJar app = PackagedJar.start(workDir, LOCATION + "shop-routes")) {
            app.awaitOutput("routes folder probe ran", START);
            String output = app.output();
            // named as the application resolves it against its working directory
            assertTrue(output.contains("Routes loaded from " + routes.toRealPath() + ": events.yaml, "
                    + "magento-templates.yaml, probe.yaml, shops.yaml"), output);
            assertTrue(output.contains("Started shop-eu-export-invoice (job://export_invoice)"), output);
        }
    }

    @Test
    void aMissingFolderStopsStartUpWithOneLine() throws IOException, InterruptedException {
        Path missing = workDir.resolve("routes");

        assertRefused("Shopbridge cannot start: routes folder " + missing
                + " does not exist (set shopbridge.routes.location)", LOCATION + missing);
    }

    @Test
    void aFileThatIsNotYamlStopsStartUpWithOneLine() throws IOException, InterruptedException {
        Path routes = Files.createDirectories(workDir.resolve("routes"));
        Path broken = Files.writeString(routes.resolve("broken.yaml"), "- route:\n    id: [unclosed\n");

        assertRefused("Shopbridge cannot start: routes file " + broken + " is not valid YAML: expected ',' or ']', "
                + "but got <stream end> (line 3, column 1)", LOCATION + routes);
    }

    @Test
    void aRouteWithAnUnknownStepStopsStartUpWithOneLine() throws IOException, InterruptedException {
        Path routes = Files.createDirectories(workDir.resolve("routes"));
        Path unknownStep = Files.writeString(routes.resolve("unknown-step.yaml"), """
                - route:
                    id: with-a-typo
                    from:
                      uri: "timer:typo"
                      steps:
                        - lgo: "a typo of log"
                """);

        assertRefused("Shopbridge cannot start: routes file " + unknownStep + " has an invalid route: "
                + "Unknown node id: lgo (line 6, column 11)", LOCATION + routes);
    }

    private void assertRefused(String line, String... settings) throws IOException, InterruptedException {
        assertEquals(line, StartupRefusal.refusalLine(workDir, settings));
    }
}
