package io.shopbridge.magento.invoice;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.Binding;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.order.OrderDocumentExporter;

/**
 * Exports an invoice binding (the seed's example): the invoice is created on Magento once, for an order already bound,
 * and the binding gets the id Magento returns. Every Magento version uses this flow; the mapper and adapter it
 * resolves are the version's own.
 */
@Singleton
public class InvoiceExporter extends OrderDocumentExporter<ErpInvoice> {

    @Inject
    InvoiceRecordReader reader;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.ACCOUNT_INVOICE;
    }

    @Override
    protected ErpInvoice read(ConnectorEnvironment env, Binding binding) {
        return reader.read(env, binding.erpId());
    }

    @Override
    protected String noun() {
        return "invoice";
    }

    @Override
    protected String verb() {
        return "invoice";
    }
}
