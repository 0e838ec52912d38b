package io.shopbridge.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The working directories of a run: each run starts from an empty one, so that nothing of an earlier run is read. */
public final class Directories {

    private Directories() {
    }

    /** Deletes {@code directory} with all it holds, creates it again empty, and answers its absolute path. */
    public static Path fresh(Path directory) {
        Path absolute = directory.toAbsolutePath();
        try {
            if (Files.exists(absolute)) {
                try (Stream<Path> walk = Files.walk(absolute)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
