package io.shopbridge.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.shopbridge.magento.xmlrpc.XmlRpcCall;
import io.shopbridge.magento.xmlrpc.XmlRpcCodec;
import io.shopbridge.magento.xmlrpc.XmlRpcFault;

/**
 * A Magento 1 shop that answers over HTTP, at {@code <url>/index.php/api/xmlrpc}, what a cassette recorded: each
 * {@code call} gets the recorded answer of the same call (see {@link RecordedCallKey}); {@code login} opens a session,
 * {@code endSession} closes it. A call the cassette does not hold answers a fault, and is kept in {@link #unmatched()}
 * so that the test can fail naming it: a replay never invents data.
 *
 * <p>One derived answer: core Magento 1.7 reads customer groups only with {@code customer_group.list}, where the OCA
 * extension reads one with {@code ol_customer_groups.info}; the list is made of the groups the cassette recorded.
 */
public final class CassetteShop implements AutoCloseable {

    /** Magento's "Resource path is not callable." */
    private static final int NOT_CALLABLE = 3;
    private static final String SESSION = "replay-session";

    private final XmlRpcCodec codec = new XmlRpcCodec(1 << 20);
    private final HttpServer server;
    private final List<RecordedCallKey> received = new CopyOnWriteArrayList<>();
    private final List<RecordedCallKey> unmatched = new CopyOnWriteArrayList<>();
    private volatile Cassette cassette = new Cassette("none", List.of());

    public CassetteShop() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/index.php/api/xmlrpc", this::answer);
        server.start();
    }

    /** The shop's base URL, as a backend's {@code url} setting. */
    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** Serves this cassette from now on, forgetting the calls received so far. */
    public void play(Cassette next) {
        cassette = next;
        received.clear();
        unmatched.clear();
    }

    /** The calls received since {@link #play}, in order. */
    public List<RecordedCallKey> received() {
        return List.copyOf(received);
    }

    /** The calls received since {@link #play} that the cassette holds no answer for. */
    public List<RecordedCallKey> unmatched() {
        return List.copyOf(unmatched);
    }

    private void answer(HttpExchange http) throws IOException {
        byte[] body;
        try (InputStream in = http.getRequestBody()) {
            body = in.readAllBytes();
        }
        byte[] response = answer(codec.parseCall(body));
        http.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
        http.sendResponseHeaders(200, response.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(response);
        }
    }

    private byte[] answer(XmlRpcCall request) {
        switch (request.method()) {
            case "login":
                return codec.encodeResponse(SESSION);
            case "endSession":
                return codec.encodeResponse(Boolean.TRUE);
            case "call":
                RecordedCallKey call = RecordedCallKey.of(request);
                received.add(call);
                Optional<byte[]> recorded = recorded(call);
                if (recorded.isPresent()) {
                    return recorded.get();
                }
                unmatched.add(call);
                return codec.encodeFault(NOT_CALLABLE, "cassette " + cassette.name() + " holds no answer to " + call);
            default:
                return codec.encodeFault(NOT_CALLABLE, "the replay serves no " + request.method());
        }
    }

    private Optional<byte[]> recorded(RecordedCallKey call) {
        Optional<byte[]> same = cassette.exchanges().stream()
                .filter(exchange -> RecordedCallKey.isCall(exchange.request())
                        && RecordedCallKey.of(exchange.request()).equals(call))
                .map(Cassette.RecordedExchange::response).findFirst();
        if (same.isPresent() || !call.method().equals("customer_group.list")) {
            return same;
        }
        return Optional.of(recordedGroups());
    }

    private byte[] recordedGroups() {
        List<Object> groups = new ArrayList<>();
        for (Cassette.RecordedExchange exchange : cassette.calls("customer_groups.info")) {
            try {
                groups.add(codec.parseResponse(exchange.response()));
            } catch (XmlRpcFault fault) {
                // a group the shop refused to give is no group of the list
            }
        }
        return codec.encodeResponse(groups);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
