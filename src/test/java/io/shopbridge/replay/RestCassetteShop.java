package io.shopbridge.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Magento 2 shop that answers over HTTP, below {@code <url>/rest}, what a cassette recorded: a request gets the
 * recorded answer of the same method and path (store code aside: {@code /rest/default/V1} is {@code /rest/V1}). The
 * admin token route answers a token. A request the cassette does not hold answers 404 with Magento's error body and is
 * kept in {@link #unmatched()}, so that the test can fail naming it: a replay never invents data.
 *
 * <p>One borrowed answer: the captures were recorded on one shop, test after test, and a test's cassette lacks what an
 * earlier test had already brought in (the customer group of the partner captures). A GET the cassette does not hold is
 * answered as another capture of the same shop recorded it, and kept in {@link #borrowed()}. One derived answer: a
 * product search by id answers the recorded product ({@link RecordedProductSearch}), and an order action answers as
 * the recorded order save that made the same change ({@link RecordedOrderAction}).
 */
public final class RestCassetteShop implements AutoCloseable {

    private static final String TOKEN_ROUTE = "/V1/integration/admin/token";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request the shop received: method, path below {@code /rest} (store code aside), JSON body (null for none). */
    public record ReceivedRequest(String method, String path, JsonNode body) {
    }

    private final HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> unmatched = new CopyOnWriteArrayList<>();
    private final List<String> borrowed = new CopyOnWriteArrayList<>();
    private final List<ReceivedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile RestCassette cassette = new RestCassette("none", List.of());
    private volatile List<RestCassette> sameShop = List.of();

    public RestCassetteShop() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    /** The shop's base URL, as a backend's {@code url} setting. */
    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/index.php";
    }

    /**
     * Serves this cassette from now on, forgetting the requests received so far.
     *
     * @param recordedOnTheSameShop the other captures of the shop, whose GETs answer what the cassette lacks
     */
    public void play(RestCassette next, List<RestCassette> recordedOnTheSameShop) {
        cassette = next;
        sameShop = List.copyOf(recordedOnTheSameShop);
        received.clear();
        unmatched.clear();
        borrowed.clear();
        requests.clear();
    }

    /** The requests received since {@link #play}, with their bodies, in order (the admin token's aside). */
    public List<ReceivedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests received since {@link #play} ({@code GET /V1/...}), in order. */
    public List<String> received() {
        return List.copyOf(received);
    }

    /** The requests received since {@link #play} that no capture of the shop holds an answer to. */
    public List<String> unmatched() {
        return List.copyOf(unmatched);
    }

    /** The requests received since {@link #play} answered from another capture of the shop. */
    public List<String> borrowed() {
        return List.copyOf(borrowed);
    }

    private void answer(HttpExchange http) throws IOException {
        byte[] body;
        try (InputStream in = http.getRequestBody()) {
            body = in.readAllBytes();
        }
        String method = http.getRequestMethod();
        Optional<String> path = RestCassette.restPath(http.getRequestURI().toString());
        if (path.isPresent() && method.equals("POST") && path.get().equals(TOKEN_ROUTE)) {
            send(http, 200, "\"replay-token\"");
            return;
        }
        String request = method + " " + path.orElse(http.getRequestURI().getPath());
        received.add(request);
        requests.add(new ReceivedRequest(method, path.orElse(http.getRequestURI().getPath()),
                body.length == 0 ? null : JSON.readTree(body)));
        Optional<RestCassette.RestExchange> recorded = path.flatMap(p -> cassette.recorded(method, p));
        if (recorded.isEmpty() && method.equals("GET") && path.isPresent()) {
            recorded = sameShop.stream().flatMap(other -> other.recorded(method, path.get()).stream()).findFirst();
            recorded.ifPresent(answer -> borrowed.add(request));
        }
        if (recorded.isPresent()) {
            send(http, recorded.get().status(), recorded.get().response());
            return;
        }
        Optional<String> derived = path.flatMap(p -> RecordedProductSearch.answer(method, p,
                Stream.concat(Stream.of(cassette), sameShop.stream()).toList())
                .or(() -> RecordedOrderAction.answer(method, p, cassette)));
        if (derived.isPresent()) {
            send(http, 200, derived.get());
            return;
        }
        unmatched.add(request);
        send(http, 404, "{\"message\":\"cassette %1 holds no answer to %2\",\"parameters\":[\""
                + cassette.name() + "\",\"" + request.replace("\"", "'") + "\"]}");
    }

    private static void send(HttpExchange http, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        http.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        http.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
