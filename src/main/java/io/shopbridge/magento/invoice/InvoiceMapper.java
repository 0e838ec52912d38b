package io.shopbridge.magento.invoice;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.mapping.ExportMapper;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/**
 * Invoice → Magento invoice request: the order's id, the quantities per order item id ({@code items}), a comment.
 * Lines with no Magento order item (a fee, a discount) are not sent; quantities of one item are summed.
 */
@Singleton
public class InvoiceMapper implements ExportMapper {

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.ACCOUNT_INVOICE;
    }

    @Override
    public Map<String, Object> map(Map<String, Object> invoice) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("order_external_id", invoice.get("order_external_id"));
        data.put("items", items(invoice));
        data.put("comment", "Invoice " + invoice.get("number"));
        data.put("notify", Boolean.FALSE);
        return data;
    }

    /** Item id → quantity to invoice, in line order. */
    protected Map<String, Double> items(Map<String, Object> invoice) {
        Map<String, Double> items = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) invoice.get("lines");
        for (Map<String, Object> line : lines) {
            String itemId = (String) line.get("magento_item_id");
            if (itemId != null) {
                items.merge(itemId, ((BigDecimal) line.get("quantity")).doubleValue(), Double::sum);
            }
        }
        if (items.isEmpty()) {
            // an empty map would invoice the whole order on Magento
            throw new PermanentJobError("invoice " + invoice.get("number")
                    + " has no line linked to a Magento order item: nothing to invoice");
        }
        return items;
    }
}
