package io.shopbridge.connector.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** How the console's templates write times and rates: {@code {fmt:time(job.createdAt)}}. */
@TemplateExtension(namespace = "fmt")
public final class ConsoleFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private ConsoleFormat() {
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.2f", perSecond);
    }
}
