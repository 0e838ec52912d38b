package io.shopbridge.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A {@link StandaloneShop} in a JVM of its own, and a client of its control endpoints. */
public final class ShopProcess extends ChildProcess {

    /** An order placed on the shop: its increment id and its two items' ids. */
    public record PlacedOrder(String incrementId, String itemA, String itemB) {
    }

    /** An invoice as the shop keeps it. */
    public record ShopInvoice(String incrementId, String orderIncrementId, List<String> comments, Map<String, String> items) {
    }

    private static final Pattern READY = Pattern.compile("READY (\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    private ShopProcess(List<String> command, Path dir) throws IOException {
        super("shop", command, dir, Map.of(), dir.resolve("shop.log"));
        this.port = Integer.parseInt(awaitLine(READY, Duration.ofMinutes(1)));
    }

    public static ShopProcess start(Path dir, long seed, Duration slowAnswer) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx1g"));
        command.addAll(extraJvmOptions("bench.shop-jvm-options"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "-Dshop.call-log=" + dir.resolve("shop-calls.log"), "-Dshop.receipts=" + receipts(dir),
                "-Dshop.seed=" + seed,
                "-Dshop.slow-answer=" + slowAnswer.toMillis(), StandaloneShop.class.getName()));
        return new ShopProcess(command, dir);
    }

    /** Where the shop notes when each invoice create call reached it ({@link InvoiceReceipts}). */
    public static Path receipts(Path dir) {
        return dir.resolve("shop-receipts.log");
    }

    /** The base URL the connector calls. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public List<PlacedOrder> placeOrders(int count) {
        return get("/control/orders?count=" + count, new TypeReference<>() { });
    }

    void chaos(ShopChaos.Rates rates) {
        get("/control/chaos?server_error=" + rates.serverError() + "&slow_answer=" + rates.slowAnswer()
                + "&lost_create_answer=" + rates.lostCreateAnswer() + "&session_expiry=" + rates.sessionExpiry(),
                new TypeReference<Map<String, Object>>() { });
    }

    /** Faults injected by kind, requests, and invoices created (answered or not). */
    Map<String, Long> faults() {
        return get("/control/faults", new TypeReference<>() { });
    }

    long invoicesCreated() {
        return faults().get("invoices_created");
    }

    public List<ShopInvoice> invoices() {
        return get("/control/invoices", new TypeReference<>() { });
    }

    private <T> T get(String path, TypeReference<T> type) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url() + path))
                    .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                        + new String(response.body()));
            }
            return JSON.readValue(response.body(), type);
        } catch (IOException e) {
            throw new IllegalStateException(path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
