package io.shopbridge.magento.m1;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.adapter.BackendAdapter;
import io.shopbridge.connector.adapter.CreateConflictException;
import io.shopbridge.connector.adapter.CreatedLookup;
import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.invoice.InvoiceExport;

/**
 * Invoices on Magento 1.x: {@code sales_order_invoice.create(orderIncrementId, {itemId: qty}, comment, email,
 * includeComment)}, keyed by the order increment id.
 */
@Singleton
public class Magento1InvoiceAdapter implements BackendAdapter<InvoiceExport> {

    /** {@code sales_order_invoice.create}: "Cannot do invoice for order." */
    private static final int CANNOT_INVOICE = 102;

    @Inject
    Magento1Client client;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO_17;
    }

    @Override
    public String model() {
        return MagentoModels.ACCOUNT_INVOICE;
    }

    @Override
    public Map<String, Object> read(ConnectorEnvironment env, String externalId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> invoice = (Map<String, Object>) client.call(env.backend(), "sales_order_invoice.info",
                List.of(externalId));
        return invoice;
    }

    /**
     * The order's invoice carrying this export's comment (the ERP invoice number): Magento keeps the comment given to
     * {@code create}, so it tells our invoice from one made by hand in the shop.
     */
    @Override
    public CreatedLookup findCreated(ConnectorEnvironment env, InvoiceExport invoice) {
        String comment = invoice.comment();
        String orderId = invoice.orderExternalId();
        Map<?, ?> order = (Map<?, ?>) client.call(env.backend(), "sales_order.info", List.of(orderId));
        List<?> invoices = (List<?>) client.call(env.backend(), "sales_order_invoice.list",
                List.of(Map.of("order_id", Map.of("eq", String.valueOf(order.get("order_id"))))));
        for (Object listed : invoices) {
            String incrementId = String.valueOf(((Map<?, ?>) listed).get("increment_id"));
            Object comments = read(env, incrementId).get("comments");
            if (comments instanceof List<?> list && list.stream()
                    .anyMatch(c -> c instanceof Map<?, ?> m && comment.equals(m.get("comment")))) {
                return CreatedLookup.found(incrementId, "order " + orderId + "'s invoices for comment '" + comment + "'");
            }
        }
        return CreatedLookup.notFound("the " + invoices.size() + " invoice(s) of order " + orderId + " for comment '"
                + comment + "'");
    }

    /**
     * @return the invoice increment id (a string; some shops answer an int)
     * @throws CreateConflictException on fault 102 (the order cannot be invoiced), which an invoice made by an earlier
     *         call would also cause
     */
    @Override
    public String create(ConnectorEnvironment env, InvoiceExport invoice) {
        Object id;
        try {
            id = client.call(env.backend(), "sales_order_invoice.create", List.of(invoice.orderExternalId(),
                    quantities(invoice.quantities()), invoice.comment(), invoice.notifyCustomer(), Boolean.FALSE));
        } catch (MagentoFaultException fault) {
            if (fault.code() == CANNOT_INVOICE) {
                throw new CreateConflictException(fault.getMessage(), fault);
            }
            throw fault;
        }
        if (id == null || id.toString().isBlank()) {
            throw new PermanentJobError("Magento " + env.backend().id() + " created an invoice but returned no id");
        }
        return id.toString();
    }

    /** XML-RPC doubles, as PHP's float quantities. */
    static Map<String, Double> quantities(Map<String, BigDecimal> quantities) {
        Map<String, Double> items = new LinkedHashMap<>();
        quantities.forEach((itemId, qty) -> items.put(itemId, qty.doubleValue()));
        return items;
    }
}
