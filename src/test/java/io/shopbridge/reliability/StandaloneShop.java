package io.shopbridge.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.shopbridge.magento.xmlrpc.XmlRpcCall;
import io.shopbridge.magento.xmlrpc.XmlRpcCodec;
import io.shopbridge.magento.xmlrpc.XmlRpcFault;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.Customer;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.sandbox.magento1.shop.OrderState;

/**
 * The Magento 1.7 sandbox as a shop of its own: a separate JVM with its own state, which outlives every kill of the
 * connector, serving XML-RPC on {@code /index.php/api/xmlrpc} through {@link ShopChaos}, and logging every call (one
 * line each: time, API method, fault). Control endpoints (loopback only, for the test driving it) place orders, set
 * the fault rates, and read the shop's own invoices.
 *
 * <p>System properties: {@code shop.port}, {@code shop.call-log}, {@code shop.receipts} ({@link InvoiceReceipts}),
 * {@code shop.seed}, {@code shop.slow-answer}
 * (how long a slow answer waits, longer than the connector's HTTP timeout). Prints {@code READY <port>} when it
 * listens.
 */
public final class StandaloneShop {

    static final String API_USER = "shopbridge";
    static final String API_KEY = "sandbox-secret";
    private static final String CREATE = "sales_order_invoice.create";

    private final Magento1Sandbox sandbox = new Magento1Sandbox(API_USER, API_KEY, Duration.ofHours(1), true,
            16 * 1024 * 1024);
    private final XmlRpcCodec codec = new XmlRpcCodec(16 * 1024 * 1024);
    private final ObjectMapper json = new ObjectMapper();
    private final ShopChaos chaos;
    private final Duration slowAnswer;
    private final PrintWriter callLog;
    private final InvoiceReceipts receipts;
    private final AtomicLong invoicesCreated = new AtomicLong();

    private StandaloneShop(ShopChaos chaos, Duration slowAnswer, PrintWriter callLog, InvoiceReceipts receipts) {
        this.chaos = chaos;
        this.slowAnswer = slowAnswer;
        this.callLog = callLog;
        this.receipts = receipts;
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.getInteger("shop.port", 0);
        Path log = Path.of(System.getProperty("shop.call-log", "shop-calls.log"));
        PrintWriter callLog = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
        StandaloneShop shop = new StandaloneShop(new ShopChaos(Long.getLong("shop.seed", 1L)),
                Duration.ofMillis(Long.getLong("shop.slow-answer", 1500L)), callLog,
                InvoiceReceipts.appendingTo(Path.of(System.getProperty("shop.receipts", "shop-receipts.log"))));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/index.php/api/xmlrpc", shop::xmlRpc);
        server.createContext("/control/orders", exchange -> shop.control(exchange, shop::placeOrders));
        server.createContext("/control/chaos", exchange -> shop.control(exchange, shop::setChaos));
        server.createContext("/control/faults", exchange -> shop.control(exchange, q -> shop.faults()));
        server.createContext("/control/invoices", exchange -> shop.control(exchange, q -> shop.invoices()));
        server.start();
        System.out.println("READY " + server.getAddress().getPort());
        System.out.flush();
    }

    private void xmlRpc(HttpExchange exchange) throws IOException {
        Instant received = Instant.now();
        byte[] request = exchange.getRequestBody().readAllBytes();
        XmlRpcCall call = parse(request);
        String method = apiMethod(call);
        if (chaos.expireSessions()) {
            sandbox.expireAllSessions();
        }
        List<Object> invoicedOrders = invoicedOrders(call);
        boolean create = !invoicedOrders.isEmpty();
        if (create) {
            receipts.received(received, invoicedOrders);
        }
        ShopChaos.Fault fault = chaos.fault(create);
        callLog.println(Instant.now() + " " + method + " " + fault);
        if (fault == ShopChaos.Fault.SERVER_ERROR) {
            reply(exchange, 503, "text/plain", "HTTP 503 injected\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] response = sandbox.handle(request);
        if (create) {
            invoicesCreated.addAndGet(createsDone(call, response));
        }
        switch (fault) {
            case LOST_ANSWER -> reply(exchange, 502, "text/plain",
                    ("HTTP 502 injected after " + method + " was done\n").getBytes(StandardCharsets.UTF_8));
            case SLOW_ANSWER -> {
                sleep(slowAnswer);
                reply(exchange, 200, "text/xml", response);
            }
            default -> reply(exchange, 200, "text/xml", response);
        }
    }

    /** The call, or null when the request is not one. */
    private XmlRpcCall parse(byte[] request) {
        try {
            return codec.parseCall(request);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code login}, or the resource method of a {@code call}. */
    private static String apiMethod(XmlRpcCall call) {
        if (call == null) {
            return "unparsable";
        }
        return "call".equals(call.method()) && call.params().size() > 1 ? String.valueOf(call.params().get(1))
                : call.method();
    }

    /** The orders (increment ids) the request creates invoices for: a create call's, or each create of a multiCall. */
    private static List<Object> invoicedOrders(XmlRpcCall call) {
        if (call == null) {
            return List.of();
        }
        if ("call".equals(call.method())) {
            return CREATE.equals(apiMethod(call)) ? List.of(firstArg(call.params(), 2)) : List.of();
        }
        List<Object> orders = new ArrayList<>();
        if ("multiCall".equals(call.method()) && call.params().size() > 1
                && call.params().get(1) instanceof List<?> calls) {
            for (Object one : calls) {
                if (one instanceof List<?> entry && !entry.isEmpty() && CREATE.equals(entry.get(0))) {
                    orders.add(firstArg(entry, 1));
                }
            }
        }
        return orders;
    }

    private static Object firstArg(List<?> params, int index) {
        return params.size() > index && params.get(index) instanceof List<?> args && !args.isEmpty() ? args.get(0)
                : "?";
    }

    /** How many of the request's invoice creates the shop carried out (a fault, or an inline one, made none). */
    private int createsDone(XmlRpcCall call, byte[] response) {
        Object answer;
        try {
            answer = codec.parseResponse(response);
        } catch (XmlRpcFault fault) {
            return 0;
        }
        if (!"multiCall".equals(call.method())) {
            return 1;
        }
        List<?> calls = (List<?>) call.params().get(1);
        List<?> answers = (List<?>) answer;
        int done = 0;
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i) instanceof List<?> entry && !entry.isEmpty() && CREATE.equals(entry.get(0))
                    && !(answers.get(i) instanceof Map<?, ?> struct && struct.containsKey("isFault"))) {
                done++;
            }
        }
        return done;
    }

    /** Places {@code count} orders of 2 × SKU-A at 10.00 and 3 × SKU-B at 20.00; answers their ids. */
    private Object placeOrders(Map<String, String> query) {
        int count = Integer.parseInt(query.getOrDefault("count", "1"));
        List<Map<String, String>> placed = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String increment = sandbox.createOrder(NewOrder.builder()
                    .customer(new Customer(42L, "ada@example.com", "Ada", "Lovelace"))
                    .state(OrderState.PROCESSING)
                    .paymentMethod("checkmo")
                    .item("SKU-A", "Widget A", 2, "10.00")
                    .item("SKU-B", "Widget B", 3, "20.00")
                    .build());
            List<?> items = (List<?>) sandbox.orderInfo(increment).orElseThrow().get("items");
            placed.add(Map.of("incrementId", increment,
                    "itemA", String.valueOf(((Map<?, ?>) items.get(0)).get("item_id")),
                    "itemB", String.valueOf(((Map<?, ?>) items.get(1)).get("item_id"))));
        }
        return placed;
    }

    private Object setChaos(Map<String, String> query) {
        chaos.rates(new ShopChaos.Rates(rate(query, "server_error"), rate(query, "slow_answer"),
                rate(query, "lost_create_answer"), rate(query, "session_expiry")));
        return faults();
    }

    private static double rate(Map<String, String> query, String name) {
        return Double.parseDouble(query.getOrDefault(name, "0"));
    }

    private Object faults() {
        Map<String, Object> faults = new LinkedHashMap<>(chaos.counts());
        faults.put("invoices_created", invoicesCreated.get());
        return faults;
    }

    /**
     * Every invoice of the shop, read from its own records: increment id, order, comments and quantity per order
     * item.
     */
    private Object invoices() {
        List<Map<String, Object>> invoices = new ArrayList<>();
        for (String incrementId : sandbox.invoiceIncrementIds()) {
            Map<String, Object> info = sandbox.invoiceInfo(incrementId).orElseThrow();
            Map<String, Object> invoice = new LinkedHashMap<>();
            invoice.put("incrementId", incrementId);
            invoice.put("orderIncrementId", info.get("order_increment_id"));
            List<Object> comments = new ArrayList<>();
            for (Object comment : (List<?>) info.get("comments")) {
                comments.add(((Map<?, ?>) comment).get("comment"));
            }
            invoice.put("comments", comments);
            Map<String, Object> quantities = new LinkedHashMap<>();
            for (Object item : (List<?>) info.get("items")) {
                Map<?, ?> row = (Map<?, ?>) item;
                quantities.put(String.valueOf(row.get("order_item_id")), String.valueOf(row.get("qty")));
            }
            invoice.put("items", quantities);
            invoices.add(invoice);
        }
        return invoices;
    }

    @FunctionalInterface
    private interface Control {
        Object answer(Map<String, String> query) throws Exception;
    }

    private void control(HttpExchange exchange, Control control) throws IOException {
        try (InputStream ignored = exchange.getRequestBody()) {
            Object answer = control.answer(query(exchange.getRequestURI()));
            reply(exchange, 200, "application/json", json.writeValueAsBytes(answer));
        } catch (Exception e) {
            reply(exchange, 500, "text/plain", String.valueOf(e).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                query.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return query;
    }

    private static void reply(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        try {
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the client gave up waiting (a slow answer): the shop did the work all the same
            exchange.close();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted"));
        }
    }
}
