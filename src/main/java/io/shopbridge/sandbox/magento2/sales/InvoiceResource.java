package io.shopbridge.sandbox.magento2.sales;

import io.quarkus.arc.profile.UnlessBuildProfile;
import java.math.BigDecimal;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.shopbridge.sandbox.magento2.Magento2Sandbox;
import io.shopbridge.sandbox.magento2.ShopData;
import io.shopbridge.sandbox.magento2.rest.Magento2Resource;
import io.shopbridge.sandbox.magento2.rest.RestError;
import io.shopbridge.sandbox.magento2.rest.RestRequest;
import io.shopbridge.sandbox.magento2.rest.RestRouter;
import io.shopbridge.sandbox.magento2.rest.SearchQuery;

/**
 * {@code POST /V1/order/{id}/invoice} (answers the new invoice's entity id as a JSON string, as the captured shop
 * does; the REST invoice is always paid, {@code state} 2), {@code GET /V1/invoices/{id}} and the invoice search.
 */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class InvoiceResource implements Magento2Resource {

    public static final String TABLE = "invoices";

    @Inject
    Magento2Sandbox sandbox;

    @Override
    public void register(RestRouter router) {
        router.post("order/{id}/invoice", (shop, request, path) -> invoice(shop, path.get("id"),
                        request))
                .get("invoices/{id}", (shop, request, path) -> shop.find(TABLE, path.get("id")).orElseThrow(RestError::notFound))
                .get("invoices", (shop, request, path) -> SearchQuery.of(request.query())
                        .envelope(Orders.all(shop, TABLE), shop.newObject()));
    }

    /** The invoice as {@code GET /V1/invoices/{id}} answers it, a copy. */
    public ObjectNode invoice(long entityId) {
        return sandbox.withShop(shop -> shop.find(TABLE, entityId).orElseThrow(RestError::notFound).deepCopy());
    }

    private static String invoice(ShopData shop, String orderId, RestRequest request) {
        ObjectNode order = Orders.get(shop, orderId);
        Map<Long, BigDecimal> quantities = OrderDocuments.quantities(OrderDocuments.Kind.INVOICE, order, request);
        ObjectNode invoice = OrderDocuments.create(shop, OrderDocuments.Kind.INVOICE, TABLE, order, quantities,
                request);
        invoice.put("state", 2);
        invoice.put("grand_total", invoice.get("subtotal").decimalValue());
        order.put("total_invoiced", order.path("total_invoiced").decimalValue()
                .add(invoice.get("grand_total").decimalValue()));
        Orders.settleState(shop, order);
        return invoice.get("entity_id").asText();
    }
}
