package io.shopbridge.replay;

import java.util.function.Predicate;
import java.util.stream.Stream;

/** The Magento 1 cassettes ({@link CaptureFolder#M1}), loaded as XML-RPC {@link Cassette}s. */
public final class ReplayCassettes {

    private ReplayCassettes() {
    }

    public static Stream<String> fixtures(Predicate<String> name) {
        return CaptureFolder.M1.fixtures(name);
    }

    public static Stream<String> captures(Predicate<String> name) {
        return CaptureFolder.M1.captures(name);
    }

    public static Cassette fixture(String name) {
        return Cassette.load(CaptureFolder.M1.fixture(name));
    }

    /** A real capture; skips the test when the captures are not beside the project. */
    public static Cassette capture(String name) {
        return Cassette.load(CaptureFolder.M1.capture(name));
    }
}
