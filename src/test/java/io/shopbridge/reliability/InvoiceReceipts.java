package io.shopbridge.reliability;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.shopbridge.magento.xmlrpc.XmlRpcCall;

/**
 * When the shop received each {@code sales_order_invoice.create} (a call, or one of a multiCall): one line per create, the wall-clock time in
 * microseconds since the epoch as the request reached the shop, then the order's increment id. What the end-to-end
 * benchmark sets against the time the ERP committed the invoice (both clocks are this machine's).
 */
public final class InvoiceReceipts {

    private final PrintWriter out;

    private InvoiceReceipts(PrintWriter out) {
        this.out = out;
    }

    static InvoiceReceipts appendingTo(Path file) throws IOException {
        return new InvoiceReceipts(new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), true));
    }

    /** Invoice creates for these orders (increment ids) reached the shop at {@code at}. */
    void received(Instant at, List<Object> orderIncrementIds) {
        for (Object order : orderIncrementIds) {
            out.println(ChronoUnit.MICROS.between(Instant.EPOCH, at) + " " + order);
        }
    }

    /** Order increment id → the first time a create call for it was received. */
    public static Map<String, Instant> read(Path file) {
        Map<String, Instant> first = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int space = line.indexOf(' ');
                Instant at = Instant.EPOCH.plus(Long.parseLong(line.substring(0, space)), ChronoUnit.MICROS);
                first.merge(line.substring(space + 1), at, (a, b) -> a.isBefore(b) ? a : b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return first;
    }
}
