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
 * Where the replayed cassettes come from: the project's own fixtures ({@code src/test/resources/cassettes/m1}, shaped
 * like the real captures, always there), and the real captures of OCA connector-magento in
 * {@value #CAPTURES_FOLDER}, beside the project, which a clone may not have.
 */
public final class ReplayCassettes {

    public static final String CAPTURES_FOLDER = "../shared/reference/cassettes/m1";
    public static final String CAPTURES_ABSENT = CAPTURES_FOLDER
            + " not present: the replay over the real captures is skipped";
    /** What a parameterized test over the real captures gets when there are none, so that it reports a skip. */
    public static final String NO_CAPTURES = "no-captures";
    private static final String FIXTURES = "/cassettes/m1";

    private ReplayCassettes() {
    }

    /** The project's cassettes whose file name the filter accepts, by name. */
    public static Stream<String> fixtures(Predicate<String> name) {
        return names(fixturesFolder(), name);
    }

    /** The real captures whose file name the filter accepts, or {@value #NO_CAPTURES} when there are none. */
    public static Stream<String> captures(Predicate<String> name) {
        Path folder = Path.of(CAPTURES_FOLDER);
        return Files.isDirectory(folder) ? names(folder, name) : Stream.of(NO_CAPTURES);
    }

    public static Cassette fixture(String name) {
        return Cassette.load(fixturesFolder().resolve(name + ".yaml"));
    }

    /** A real capture; skips the test when the captures are not beside the project. */
    public static Cassette capture(String name) {
        assumeTrue(Files.isDirectory(Path.of(CAPTURES_FOLDER)) && !NO_CAPTURES.equals(name), CAPTURES_ABSENT);
        return Cassette.load(Path.of(CAPTURES_FOLDER, name + ".yaml"));
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

    private static Path fixturesFolder() {
        try {
            return Path.of(ReplayCassettes.class.getResource(FIXTURES).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
