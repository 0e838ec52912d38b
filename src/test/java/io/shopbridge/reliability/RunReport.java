package io.shopbridge.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The figures of one reliability scenario, and the report of all that ran: {@code target/reliability/report.md} and
 * {@code report.json}, rewritten after each scenario from the scenarios' own JSON files.
 */
record RunReport(String scenario, String store, int instances, long records, int kills, Map<String, Long> faults,
        int databaseOutages, long lost, long duplicated, long wrongQuantities, long unbound, long failedJobs,
        long unfinishedJobs, long unconsumedEvents, long seconds, long peakHeapMb, long peakRssMb,
        List<String> examples) {

    static final Path DIRECTORY = Path.of("target", "reliability");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write() {
        try {
            Files.createDirectories(DIRECTORY);
            JSON.writeValue(DIRECTORY.resolve(scenario + ".json").toFile(), this);
            List<RunReport> all = new ArrayList<>();
            try (Stream<Path> files = Files.list(DIRECTORY)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json") && !f.endsWith("report.json"))
                        .sorted().toList()) {
                    all.add(JSON.readValue(file.toFile(), RunReport.class));
                }
            }
            JSON.writeValue(DIRECTORY.resolve("report.json").toFile(), all);
            Files.writeString(DIRECTORY.resolve("report.md"), markdown(all));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String markdown(List<RunReport> all) {
        StringBuilder md = new StringBuilder("""
                # Reliability report

                The packaged application exports invoices to a Magento 1.7 shop running in its own JVM, while the harness
                kills it with SIGKILL and the shop misbehaves. Lost, duplicated and wrong are counted from the shop's own
                invoices, against the ERP's bindings.

                | scenario | store | instances | records | kills | faults injected | DB outages | lost | duplicated | wrong qty | unbound | failed jobs | unfinished jobs | unconsumed events | seconds | peak heap MB | peak RSS MB |
                |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
                """);
        for (RunReport r : all) {
            md.append("| ").append(String.join(" | ", r.scenario(), r.store(), String.valueOf(r.instances()),
                    String.valueOf(r.records()), String.valueOf(r.kills()), faults(r.faults()),
                    String.valueOf(r.databaseOutages()), String.valueOf(r.lost()), String.valueOf(r.duplicated()),
                    String.valueOf(r.wrongQuantities()), String.valueOf(r.unbound()), String.valueOf(r.failedJobs()),
                    String.valueOf(r.unfinishedJobs()), String.valueOf(r.unconsumedEvents()),
                    String.valueOf(r.seconds()), String.valueOf(r.peakHeapMb()), String.valueOf(r.peakRssMb())))
                    .append(" |\n");
        }
        for (RunReport r : all) {
            if (!r.examples().isEmpty()) {
                md.append("\n## ").append(r.scenario()).append(": first problems\n\n");
                r.examples().forEach(e -> md.append("- ").append(e).append('\n'));
            }
        }
        return md.toString();
    }

    private static String faults(Map<String, Long> faults) {
        StringBuilder text = new StringBuilder();
        faults.forEach((kind, n) -> {
            if (!"requests".equals(kind) && !"invoices_created".equals(kind) && n > 0) {
                text.append(text.isEmpty() ? "" : ", ").append(kind).append(' ').append(n);
            }
        });
        return text.isEmpty() ? "none" : text.toString() + " (of " + faults.get("requests") + " requests)";
    }
}
