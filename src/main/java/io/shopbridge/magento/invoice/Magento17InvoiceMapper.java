package io.shopbridge.magento.invoice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.magento.MagentoBackends;

/**
 * Magento 1.7 gives an item left out of a non-empty quantity map the quantity of the item before it (a loop bug fixed
 * in 1.8), so every item of the order is sent, 0 for those this invoice does not cover.
 */
@Singleton
public class Magento17InvoiceMapper extends InvoiceMapper {

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO_17;
    }

    @Override
    protected Map<String, Double> items(Map<String, Object> invoice) {
        Map<String, Double> invoiced = super.items(invoice);
        Map<String, Double> items = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<String> orderItemIds = (List<String>) invoice.get("order_item_ids");
        for (String itemId : orderItemIds) {
            items.put(itemId, invoiced.getOrDefault(itemId, 0.0));
        }
        invoiced.forEach(items::putIfAbsent);
        return items;
    }
}
