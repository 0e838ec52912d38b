package io.shopbridge.connector.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The routes folder gives its *.yaml files by name, or refuses to start with one line naming the folder. */
class RoutesFolderTest {

    @TempDir
    Path temp;

    @Test
    void itsYamlFilesByNameNotOtherFilesNorSubfolders() throws IOException {
        Files.writeString(temp.resolve("shops.yaml"), "[]");
        Files.writeString(temp.resolve("events.yaml"), "[]");
        Files.writeString(temp.resolve("notes.txt"), "");
        Files.createDirectories(temp.resolve("old.yaml"));
        Files.writeString(Files.createDirectories(temp.resolve("archive")).resolve("x.yaml"), "[]");

        assertEquals(List.of(temp.resolve("events.yaml"), temp.resolve("shops.yaml")),
                new RoutesFolder(temp).yamlFiles());
    }

    @Test
    void aMissingFolderIsNamedWithTheSettingToFixIt() {
        Path missing = temp.resolve("routes");

        assertRefused("Shopbridge cannot start: routes folder " + missing
                + " does not exist (set shopbridge.routes.location)", missing);
    }

    @Test
    void aFileIsNotAFolder() throws IOException {
        Path file = Files.writeString(temp.resolve("routes"), "");

        assertRefused("Shopbridge cannot start: routes folder " + file
                + " is not a folder (set shopbridge.routes.location)", file);
    }

    @Test
    void aFolderWithoutRoutesIsRefused() {
        assertRefused("Shopbridge cannot start: routes folder " + temp
                + " has no *.yaml files (set shopbridge.routes.location)", temp);
    }

    @Test
    void aRelativeLocationIsNamedAbsolute() {
        Path relative = Path.of("no-such-routes-folder");

        assertRefused("Shopbridge cannot start: routes folder " + relative.toAbsolutePath()
                + " does not exist (set shopbridge.routes.location)", relative);
    }

    private static void assertRefused(String message, Path folder) {
        StartupRefusedException refused = assertThrows(StartupRefusedException.class,
                () -> new RoutesFolder(folder).yamlFiles());
        assertEquals(message, refused.getMessage());
    }
}
