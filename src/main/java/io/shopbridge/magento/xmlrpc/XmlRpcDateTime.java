package io.shopbridge.magento.xmlrpc;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;

/** The {@code dateTime.iso8601} text forms: written basic, read basic or extended. No zone: XML-RPC has none. */
final class XmlRpcDateTime {

    private static final DateTimeFormatter BASIC =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter EXTENDED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private XmlRpcDateTime() {
    }

    /** Fractions of a second are dropped: the wire format has none. */
    static String format(LocalDateTime value) {
        if (value.getYear() < 0 || value.getYear() > 9999) {
            throw new IllegalArgumentException("dateTime.iso8601 needs a four-digit year, got " + value);
        }
        return BASIC.format(value.truncatedTo(ChronoUnit.SECONDS));
    }

    /** @return the parsed value, or null when the text is in neither form */
    static LocalDateTime parse(String text) {
        for (DateTimeFormatter format : new DateTimeFormatter[] { BASIC, EXTENDED }) {
            try {
                return LocalDateTime.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
