package io.shopbridge.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A vcrpy cassette of Magento 2 REST traffic, as OCA connector-magento records it against a 2.x shop: each request
 * (method, URI below {@code /rest}, JSON body) and the shop's answer (status, JSON body). The plain GETs of product
 * images are left out.
 *
 * @param name the file's name without {@code .yaml}
 */
public record RestCassette(String name, List<RestExchange> exchanges) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code /rest/default/V1/...} reads the default store view, as {@code /rest/V1/...} does. */
    private static final Pattern REST_PATH = Pattern.compile(".*?/rest(?:/[a-z0-9_]+)?(/V1/.*)");
    private static final ConstructNode SCALAR_TEXT = node -> ((ScalarNode) node).getValue();
    private static final LoadSettings BINARY_AS_TEXT = LoadSettings.builder()
            .setTagConstructors(Map.of(new Tag(Tag.PREFIX + "binary"), SCALAR_TEXT)).build();

    /**
     * One recorded call: {@code path} is below {@code /rest}, store code aside and percent-decoded
     * ({@code /V1/products/a/b} for a SKU {@code a/b}), with its query.
     */
    public record RestExchange(String method, String path, JsonNode requestBody, int status, String response) {

        public JsonNode answer() {
            return json(response);
        }
    }

    public static RestCassette load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(file.getFileName().toString().replaceFirst("\\.yaml$", ""), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static RestCassette of(String name, InputStream yaml) {
        Map<String, Object> cassette = (Map<String, Object>) new Load(BINARY_AS_TEXT).loadFromInputStream(yaml);
        List<Map<String, Map<String, Object>>> interactions = (List<Map<String, Map<String, Object>>>) cassette
                .get("interactions");
        return new RestCassette(name, interactions.stream()
                .filter(interaction -> restPath((String) interaction.get("request").get("uri")).isPresent())
                .map(interaction -> {
                    Map<String, Object> request = interaction.get("request");
                    Map<String, Object> response = interaction.get("response");
                    Object body = request.get("body");
                    return new RestExchange((String) request.get("method"),
                            restPath((String) request.get("uri")).orElseThrow(),
                            body == null ? null : json(body.toString()),
                            ((Number) ((Map<String, Object>) response.get("status")).get("code")).intValue(),
                            (String) ((Map<String, Object>) response.get("body")).get("string"));
                }).toList());
    }

    /** Every cassette of a folder: the captures recorded on one shop. */
    public static List<RestCassette> loadAll(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().map(RestCassette::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of a REST request below {@code /rest}, store code aside, decoded; empty for any other URI. */
    public static Optional<String> restPath(String uri) {
        URI parsed = URI.create(uri.replace(" ", "%20"));
        Matcher rest = REST_PATH.matcher(parsed.getPath());
        if (!rest.matches()) {
            return Optional.empty();
        }
        return Optional.of(rest.group(1) + (parsed.getQuery() == null ? "" : "?" + parsed.getQuery()));
    }

    /** The first recorded request: for an import capture, the record it imports. */
    public RestExchange first() {
        return exchanges.stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("cassette " + name + " records no REST call"));
    }

    /** The answer recorded for a request, if any. */
    public Optional<RestExchange> recorded(String method, String path) {
        return exchanges.stream().filter(exchange -> exchange.method().equals(method) && exchange.path().equals(path))
                .findFirst();
    }

    /** The recorded answer of a GET, parsed; fails the test when the cassette holds none. */
    public JsonNode answer(String path) {
        return recorded("GET", path).map(RestExchange::answer)
                .orElseThrow(() -> new IllegalStateException("cassette " + name + " records no GET " + path));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
