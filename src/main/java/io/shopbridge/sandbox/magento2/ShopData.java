package io.shopbridge.sandbox.magento2;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Magento 2 sandbox's records: named tables of JSON objects in the shape Magento answers them, keyed by their id
 * ({@code orders} by {@code entity_id}, {@code stock_items} by SKU, ...), with an id sequence per table. A resource
 * reads and changes them only with the shop's lock held ({@link Magento2Sandbox} serializes calls, as Magento's order
 * mutex does for one order), so nothing here is synchronized.
 */
public final class ShopData {

    private static final DateTimeFormatter MAGENTO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, Map<String, ObjectNode>> tables = new HashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();

    ShopData(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** The table's records by id, in insertion order (created when first asked for). */
    public Map<String, ObjectNode> table(String name) {
        return tables.computeIfAbsent(name, n -> new LinkedHashMap<>());
    }

    public Optional<ObjectNode> find(String table, Object id) {
        return Optional.ofNullable(table(table).get(String.valueOf(id)));
    }

    /** Keeps the record under its id; a numeric id also moves the table's sequence past it. */
    public void put(String table, Object id, ObjectNode record) {
        table(table).put(String.valueOf(id), record);
        if (id instanceof Number n) {
            reserve(table, n.longValue());
        }
    }

    /** Moves a sequence past an id a record holds (an order item's id, kept inside its order). */
    public void reserve(String sequence, long id) {
        sequences.merge(sequence, id, Math::max);
    }

    /** The next id of a sequence (a table's, or another's): one above any id it gave or was told of. */
    public long nextId(String sequence) {
        return sequences.merge(sequence, 1L, (current, one) -> current + one);
    }

    public ObjectNode newObject() {
        return json.createObjectNode();
    }

    public ObjectMapper json() {
        return json;
    }

    /** Now, as Magento writes times: {@code yyyy-MM-dd HH:mm:ss}, UTC. */
    public String now() {
        return LocalDateTime.now(clock).format(MAGENTO_TIME);
    }

    /** Reads a seed file from the classpath: a JSON array of records. */
    public List<ObjectNode> seedRecords(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed file " + resource + " is not on the classpath");
            }
            JsonNode records = json.readTree(in);
            return java.util.stream.StreamSupport.stream(records.spliterator(), false)
                    .map(record -> (ObjectNode) record.deepCopy())
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Seed file " + resource + " is no JSON array", e);
        }
    }

    /** Loads a seed file into a table, each record under the value of its {@code idField}. */
    public void seed(String table, String resource, String idField) {
        for (ObjectNode record : seedRecords(resource)) {
            JsonNode id = record.get(idField);
            put(table, id.isNumber() ? id.longValue() : id.asText(), record);
        }
    }
}
