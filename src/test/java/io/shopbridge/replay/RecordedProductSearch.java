package io.shopbridge.replay;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A product search by entity id ({@code GET /V1/products?searchCriteria...[field]=entity_id...[value]=44}), which the
 * connector reads a 2.x product with (the product routes take the SKU, the binding is the id), answered from the
 * recorded {@code GET /V1/products/<sku>} of that product: its recorded answer as the one item of Magento's envelope.
 */
final class RecordedProductSearch {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILTER = "searchCriteria[filter_groups][0][filters][0]";

    private RecordedProductSearch() {
    }

    /** The envelope answering a search for one product id, when the request is one and a capture holds the product. */
    static Optional<String> answer(String method, String path, List<RestCassette> cassettes) {
        if (!method.equals("GET") || !path.startsWith("/V1/products?")) {
            return Optional.empty();
        }
        Map<String, String> query = query(path.substring(path.indexOf('?') + 1));
        if (!"entity_id".equals(query.get(FILTER + "[field]"))
                || !"eq".equals(query.getOrDefault(FILTER + "[condition_type]", "eq"))) {
            return Optional.empty();
        }
        String id = query.get(FILTER + "[value]");
        return cassettes.stream().flatMap(cassette -> cassette.exchanges().stream())
                .filter(exchange -> exchange.method().equals("GET") && exchange.status() == 200
                        && exchange.path().matches("/V1/products/[^?]+"))
                .map(RestCassette.RestExchange::answer)
                .filter(product -> product.path("id").asText().equals(id)).findFirst()
                .map(RecordedProductSearch::envelope);
    }

    private static String envelope(JsonNode product) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.putArray("items").add(product);
        envelope.put("total_count", 1);
        return envelope.toString();
    }

    private static Map<String, String> query(String query) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }
}
