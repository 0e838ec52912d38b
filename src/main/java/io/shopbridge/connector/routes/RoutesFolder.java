package io.shopbridge.connector.routes;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder of YAML routes users edit ({@code shopbridge.routes.location}): its {@code *.yaml} files, by name. A
 * folder that is missing, not a folder, unreadable or without routes, or a file that cannot be read, stops start-up
 * with one line naming it.
 */
final class RoutesFolder {

    static final String SETTING = "shopbridge.routes.location";

    private final Path path;

    RoutesFolder(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    Path path() {
        return path;
    }

    /** The folder's {@code *.yaml} files, sorted by name; not those of its subfolders. */
    List<Path> yamlFiles() {
        if (!Files.exists(path)) {
            throw refused("does not exist (set " + SETTING + ")");
        }
        if (!Files.isDirectory(path)) {
            throw refused("is not a folder (set " + SETTING + ")");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        } catch (AccessDeniedException e) {
            throw refused("cannot be read: permission denied");
        } catch (IOException e) {
            throw refused("cannot be read: " + e);
        }
        if (files.isEmpty()) {
            throw refused("has no *.yaml files (set " + SETTING + ")");
        }
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                throw new StartupRefusedException("routes file " + file + " cannot be read: permission denied");
            }
        }
        files.sort(null);
        return files;
    }

    private StartupRefusedException refused(String problem) {
        return new StartupRefusedException("routes folder " + path + " " + problem);
    }
}
