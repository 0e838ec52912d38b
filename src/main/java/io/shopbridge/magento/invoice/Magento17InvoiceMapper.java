package io.shopbridge.magento.invoice;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.mapping.Mapping;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.order.EveryOrderItem;
import io.shopbridge.magento.order.OrderDocumentExport;

/** The generic invoice mapping, with every item of the order in {@code items} (1.7's quantity quirk). */
@Singleton
public class Magento17InvoiceMapper extends InvoiceMapper {

    @Inject
    EveryOrderItem everyOrderItem;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO_17;
    }

    @Override
    public Mapping<ErpInvoice, OrderDocumentExport> mapping() {
        return everyOrderItem.in(super.mapping());
    }
}
