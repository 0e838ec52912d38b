package io.shopbridge.magento.m1;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.shopbridge.connector.adapter.BackendAdapter;
import io.shopbridge.connector.adapter.CreateConflictException;
import io.shopbridge.connector.adapter.CreateOutcome;
import io.shopbridge.connector.adapter.CreatedLookup;
import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.order.OrderDocumentExport;

/**
 * Invoices and shipments on Magento 1.x, which it creates alike: {@code <resource>.create(orderIncrementId, {itemId:
 * qty}, comment, email, includeComment)} answers the document's increment id, and fault 102 ("Cannot do invoice for
 * order.") when the order cannot take one, as when an earlier call made it. Magento keeps the comment on the document,
 * so the comment tells the document an earlier export made from one made by hand in the shop.
 */
public abstract class Magento1OrderDocumentAdapter implements BackendAdapter<OrderDocumentExport> {

    private static final int CANNOT_CREATE = 102;

    @Inject
    Magento1Client client;

    /** {@code sales_order_invoice}, {@code sales_order_shipment}. */
    protected abstract String resource();

    /** What the resource makes, for messages: {@code invoice}, {@code shipment}. */
    protected abstract String noun();

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO_17;
    }

    /** The order's document carrying this export's comment (the ERP document's number). */
    @Override
    public CreatedLookup findCreated(ConnectorEnvironment env, OrderDocumentExport document) {
        String orderId = document.orderExternalId();
        String comment = document.comment();
        Map<?, ?> order = (Map<?, ?>) client.call(env.backend(), "sales_order.info", List.of(orderId));
        List<?> listed = (List<?>) client.call(env.backend(), resource() + ".list",
                List.of(Map.of("order_id", Map.of("eq", String.valueOf(order.get("order_id"))))));
        for (Object row : listed) {
            String incrementId = String.valueOf(((Map<?, ?>) row).get("increment_id"));
            Map<?, ?> info = (Map<?, ?>) client.call(env.backend(), resource() + ".info", List.of(incrementId));
            if (info.get("comments") instanceof List<?> comments && comments.stream()
                    .anyMatch(c -> c instanceof Map<?, ?> m && comment.equals(m.get("comment")))) {
                return CreatedLookup.found(incrementId, "order " + orderId + "'s " + noun() + "s for comment '"
                        + comment + "'");
            }
        }
        return CreatedLookup.notFound("the " + listed.size() + " " + noun() + "(s) of order " + orderId
                + " for comment '" + comment + "'");
    }

    /**
     * @return the document's increment id (a string; some shops answer an int)
     * @throws CreateConflictException on fault 102, which a document made by an earlier call would also cause
     */
    @Override
    public String create(ConnectorEnvironment env, OrderDocumentExport document) {
        try {
            return incrementId(env, client.call(env.backend(), resource() + ".create", createArgs(document)));
        } catch (MagentoFaultException fault) {
            throw refusal(fault);
        }
    }

    /**
     * Several documents in one {@code multiCall} (one alone in a plain call); a refused one answers as {@link #create}
     * would throw.
     */
    @Override
    public List<CreateOutcome> createAll(ConnectorEnvironment env, List<OrderDocumentExport> documents) {
        if (documents.size() == 1) {
            return BackendAdapter.super.createAll(env, documents);
        }
        List<Magento1Client.Call> calls = documents.stream()
                .map(document -> new Magento1Client.Call(resource() + ".create", createArgs(document))).toList();
        List<CreateOutcome> outcomes = new ArrayList<>(documents.size());
        for (Magento1Client.Answer answer : client.multiCall(env.backend(), calls)) {
            try {
                if (answer.fault() != null) {
                    throw refusal(answer.fault());
                }
                outcomes.add(CreateOutcome.created(incrementId(env, answer.value())));
            } catch (RuntimeException refused) {
                outcomes.add(CreateOutcome.failed(refused));
            }
        }
        return outcomes;
    }

    private static List<?> createArgs(OrderDocumentExport document) {
        return List.of(document.orderExternalId(), quantities(document.quantities()), document.comment(),
                document.notifyCustomer(), Boolean.FALSE);
    }

    private static RuntimeException refusal(MagentoFaultException fault) {
        return fault.code() == CANNOT_CREATE ? new CreateConflictException(fault.getMessage(), fault) : fault;
    }

    private String incrementId(ConnectorEnvironment env, Object id) {
        if (id == null || id.toString().isBlank()) {
            throw new PermanentJobError("Magento " + env.backend().id() + " answered no id for the " + noun()
                    + " it created");
        }
        return id.toString();
    }

    /** XML-RPC doubles, as PHP's float quantities. */
    private static Map<String, Double> quantities(Map<String, BigDecimal> quantities) {
        Map<String, Double> items = new LinkedHashMap<>();
        quantities.forEach((itemId, qty) -> items.put(itemId, qty.doubleValue()));
        return items;
    }
}
