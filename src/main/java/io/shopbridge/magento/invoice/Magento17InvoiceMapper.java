package io.shopbridge.magento.invoice;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.order.SaleOrderLineBinder;

/**
 * Magento 1.7 gives an item left out of a non-empty quantity map the quantity of the item before it (a loop bug fixed
 * in 1.8), so every item of the order is sent, 0 for those this invoice does not cover.
 */
@Singleton
public class Magento17InvoiceMapper extends InvoiceMapper {

    @Inject
    SaleOrderLineBinder orderLines;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO_17;
    }

    @Override
    protected Map<String, BigDecimal> quantities(ConnectorEnvironment env, ErpInvoice invoice) {
        Map<String, BigDecimal> invoiced = super.quantities(env, invoice);
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        for (String itemId : orderLines.itemIdsOfOrder(env, invoice.saleOrderId())) {
            items.put(itemId, invoiced.getOrDefault(itemId, BigDecimal.ZERO));
        }
        invoiced.forEach(items::putIfAbsent);
        return items;
    }
}
