package io.shopbridge.replay;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The cassettes of one Magento version ({@code m1}, {@code m2}): the project's own fixtures
 * ({@code src/test/resources/cassettes/<version>}, shaped like the real captures, always there), and the real captures
 * of OCA connector-magento in {@code ../shared/reference/cassettes/<version>}, beside the project, which a clone may not
 * have.
 */
public record CaptureFolder(String version) {

    public static final CaptureFolder M1 = new CaptureFolder("m1");
    public static final CaptureFolder M2 = new CaptureFolder("m2");

    /** What a parameterized test over the real captures gets when there are none, so that it reports a skip. */
    public static final String NO_CAPTURES = "no-captures";

    public String capturesFolder() {
        return "../shared/reference/cassettes/" + version;
    }

    private String capturesAbsent() {
        return capturesFolder() + " not present: the replay over the real captures is skipped";
    }

    /** The project's cassettes whose file name the filter accepts, by name. */
    public Stream<String> fixtures(Predicate<String> name) {
        return names(fixturesFolder(), name);
    }

    /** The real captures whose file name the filter accepts, or {@value #NO_CAPTURES} when there are none. */
    public Stream<String> captures(Predicate<String> name) {
        Path folder = Path.of(capturesFolder());
        return Files.isDirectory(folder) ? names(folder, name) : Stream.of(NO_CAPTURES);
    }

    public Path fixture(String name) {
        return fixturesFolder().resolve(name + ".yaml");
    }

    /** A real capture; skips the test when the captures are not beside the project. */
    public Path capture(String name) {
        assumeTrue(Files.isDirectory(Path.of(capturesFolder())) && !NO_CAPTURES.equals(name), capturesAbsent());
        return Path.of(capturesFolder(), name + ".yaml");
    }

    private static Stream<String> names(Path folder, Predicate<String> accepted) {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".yaml")).map(file -> file.replaceFirst("\\.yaml$", ""))
                    .filter(accepted).sorted().toList();
            return names.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path fixturesFolder() {
        try {
            return Path.of(CaptureFolder.class.getResource("/cassettes/" + version).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
