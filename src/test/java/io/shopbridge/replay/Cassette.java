package io.shopbridge.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import io.shopbridge.magento.xmlrpc.XmlRpcCall;
import io.shopbridge.magento.xmlrpc.XmlRpcCodec;
import io.shopbridge.magento.xmlrpc.XmlRpcFault;

/**
 * A vcrpy cassette of Magento 1 XML-RPC traffic, as OCA connector-magento records it: a list of {@code interactions},
 * each a request and the shop's response, bodies as the bytes on the wire.
 *
 * @param name the file's name without {@code .yaml}
 * @param exchanges the XML-RPC exchanges in recorded order (the plain GETs of product images are left out)
 */
public record Cassette(String name, List<RecordedExchange> exchanges) {

    /** One recorded XML-RPC request, parsed, and the raw answer the shop gave it. */
    public record RecordedExchange(XmlRpcCall request, byte[] response) {
    }

    /** The XML-RPC bodies of the captures are small; the product capture with its bundle's images is the largest. */
    private static final XmlRpcCodec CODEC = new XmlRpcCodec(1 << 20);

    private static final ConstructNode SCALAR_TEXT = node -> ((ScalarNode) node).getValue();

    /**
     * The captures were written by Python 2's yaml, which tags unicode strings {@code !!python/unicode}: read them as
     * plain strings (and {@code !!binary} image bodies as text: they are never replayed).
     */
    private static final LoadSettings PYTHON_TAGS_AS_TEXT = LoadSettings.builder()
            .setTagConstructors(Map.of(
                    new Tag(Tag.PREFIX + "python/unicode"), SCALAR_TEXT,
                    new Tag(Tag.PREFIX + "binary"), SCALAR_TEXT))
            .build();

    public static Cassette load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(file.getFileName().toString().replaceFirst("\\.yaml$", ""), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Cassette of(String name, InputStream yaml) {
        Map<String, Object> cassette = (Map<String, Object>) new Load(PYTHON_TAGS_AS_TEXT).loadFromInputStream(yaml);
        List<Map<String, Map<String, Object>>> interactions = (List<Map<String, Map<String, Object>>>) cassette
                .get("interactions");
        return new Cassette(name, interactions.stream()
                .filter(interaction -> interaction.get("request").get("body") != null)
                .map(interaction -> new RecordedExchange(
                        CODEC.parseCall(bytes(interaction.get("request").get("body"))),
                        bytes(((Map<String, Object>) interaction.get("response").get("body")).get("string"))))
                .toList());
    }

    /** The recorded calls made through {@code call(session, method, args)}, by their (core) method name. */
    public List<RecordedExchange> calls(String coreMethod) {
        return exchanges.stream().filter(exchange -> RecordedCallKey.isCall(exchange.request())
                && coreMethod.equals(RecordedCallKey.of(exchange.request()).method())).toList();
    }

    /** The first recorded call of the cassette: for an import capture, the record it imports. */
    public RecordedCallKey firstCall() {
        return exchanges.stream().filter(exchange -> RecordedCallKey.isCall(exchange.request()))
                .map(exchange -> RecordedCallKey.of(exchange.request())).findFirst()
                .orElseThrow(() -> new IllegalStateException("cassette " + name + " records no call"));
    }

    /** The shop's recorded answer to a call, parsed. */
    public Object answer(String coreMethod, Object... args) {
        RecordedCallKey call = RecordedCallKey.of(coreMethod, List.of(args));
        byte[] response = exchanges.stream().filter(exchange -> RecordedCallKey.isCall(exchange.request())
                && RecordedCallKey.of(exchange.request()).equals(call)).map(RecordedExchange::response).findFirst()
                .orElseThrow(() -> new IllegalStateException("cassette " + name + " records no " + call));
        try {
            return CODEC.parseResponse(response);
        } catch (XmlRpcFault fault) {
            throw new IllegalStateException("cassette " + name + " recorded a fault for " + call, fault);
        }
    }

    private static byte[] bytes(Object text) {
        return ((String) text).getBytes(StandardCharsets.UTF_8);
    }

}
