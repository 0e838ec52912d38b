package io.shopbridge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One measured figure set, appended as a line of {@code key=value} pairs to the file of system property
 * {@code bench.figures} (what {@code bench/run} turns into BENCHMARKS.md); printed only when the property is unset.
 */
public final class BenchFigures {

    private final Map<String, String> values = new LinkedHashMap<>();

    private BenchFigures(String section) {
        values.put("section", section);
    }

    public static BenchFigures of(String section) {
        return new BenchFigures(section);
    }

    public BenchFigures with(String key, Object value) {
        values.put(key, value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.valueOf(value));
        return this;
    }

    public void write() {
        String line = values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().replace(' ', '_'))
                .collect(Collectors.joining(" "));
        System.out.println("BENCH " + line);
        String file = System.getProperty("bench.figures");
        if (file == null) {
            return;
        }
        try {
            Path path = Path.of(file);
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
