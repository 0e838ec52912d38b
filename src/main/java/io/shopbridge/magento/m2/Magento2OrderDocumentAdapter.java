package io.shopbridge.magento.m2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.shopbridge.connector.adapter.BackendAdapter;
import io.shopbridge.connector.adapter.CreateConflictException;
import io.shopbridge.connector.adapter.CreatedLookup;
import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.m2.SearchCriteria.Condition;
import io.shopbridge.magento.order.OrderDocumentExport;

/**
 * Invoices and shipments on Magento 2, which it creates alike: {@code POST /V1/order/{orderId}/invoice|ship} with the
 * quantities per order item and a comment answers the document's entity id; a 400 ("... Document Validation
 * Error(s)") when the order cannot take one, as when an earlier call made it. Magento keeps the comment on the
 * document, so the comment tells the document an earlier export made from one made by hand in the shop.
 */
public abstract class Magento2OrderDocumentAdapter implements BackendAdapter<OrderDocumentExport> {

    @Inject
    Magento2Client client;

    /** The action below {@code order/{id}/}: {@code invoice}, {@code ship}. */
    protected abstract String action();

    /** The search route of the documents: {@code invoices}, {@code shipments}. */
    protected abstract String searchPath();

    /** The read route of one document, below {@code V1/}: {@code invoices}, {@code shipment}. */
    protected abstract String readPath();

    /** What the action makes, for messages: {@code invoice}, {@code shipment}. */
    protected abstract String noun();

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO_2X;
    }

    /** The order's document carrying this export's comment (the ERP document's number). */
    @Override
    public CreatedLookup findCreated(ConnectorEnvironment env, OrderDocumentExport document) {
        String orderId = document.orderExternalId();
        List<JsonNode> found = client.searchAll(env.backend(), searchPath(),
                SearchCriteria.all().where("order_id", Condition.EQ, orderId));
        String checked = "the " + found.size() + " " + noun() + "(s) of order " + orderId + " for comment '"
                + document.comment() + "'";
        for (JsonNode listed : found) {
            String id = listed.path("entity_id").asText();
            JsonNode full = client.get(env.backend(), Magento2Path.of(readPath(), id));
            for (JsonNode comment : full.path("comments")) {
                if (document.comment().equals(comment.path("comment").asText(null))) {
                    return CreatedLookup.found(id, checked);
                }
            }
        }
        return CreatedLookup.notFound(checked);
    }

    /**
     * @return the document's entity id (Magento answers it as a JSON string or number)
     * @throws CreateConflictException on a 400, which a document made by an earlier call would also cause
     */
    @Override
    public String create(ConnectorEnvironment env, OrderDocumentExport document) {
        JsonNode id;
        try {
            id = client.post(env.backend(), Magento2Path.of("order", document.orderExternalId(), action()),
                    body(document));
        } catch (Magento2Error refused) {
            if (refused.status() == 400) {
                throw new CreateConflictException(refused.getMessage(), refused);
            }
            throw refused;
        }
        if (id == null || !id.isValueNode() || id.asText().isBlank()) {
            throw new PermanentJobError("Magento " + env.backend().id() + " answered no id for the " + noun()
                    + " it created");
        }
        return id.asText();
    }

    /** The request body: only the items covered (Magento 2 has no 1.7 quantity quirk), the comment, no e-mail. */
    protected Map<String, Object> body(OrderDocumentExport document) {
        List<Map<String, Object>> items = new ArrayList<>();
        document.quantities().forEach((itemId, qty) -> {
            if (qty.signum() > 0) {
                items.add(Map.of("order_item_id", number(itemId), "qty", qty));
            }
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("notify", document.notifyCustomer());
        body.put("appendComment", false);
        body.put("comment", Map.of("comment", document.comment(), "is_visible_on_front", 0));
        return body;
    }

    private static Object number(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return id;
        }
    }
}
