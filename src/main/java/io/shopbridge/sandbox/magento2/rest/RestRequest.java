package io.shopbridge.sandbox.magento2.rest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A REST call as the Magento 2 sandbox reads it: the method, the store code of the path (null for {@code /rest/V1}),
 * the path segments after {@code V1}, each percent-decoded on its own (so {@code a%2Fb} is the one segment
 * {@code a/b}), the decoded query parameters, the JSON body (a null node for none) and the bearer token, if any.
 */
public record RestRequest(String method, String store, List<String> segments, Map<String, String> query, JsonNode body,
        String bearer) {

    public RestRequest {
        segments = List.copyOf(segments);
        query = Map.copyOf(query);
    }

    public String path() {
        return String.join("/", segments);
    }
}
