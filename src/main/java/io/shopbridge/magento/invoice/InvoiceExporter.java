package io.shopbridge.magento.invoice;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.Binder;
import io.shopbridge.connector.binding.Binding;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.connector.sync.GenericExporter;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/**
 * Exports an invoice binding (the seed's example): the invoice is created on Magento once, for an order already bound,
 * and the binding gets the id Magento returns. Every Magento version uses this flow; the mapper and adapter it
 * resolves are the version's own.
 */
@Singleton
public class InvoiceExporter extends GenericExporter<ErpInvoice, InvoiceExport> {

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
    protected Optional<String> skip(ConnectorEnvironment env, Binding binding) {
        return binding.isBound()
                ? Optional.of("invoice already exported to " + env.backend().id() + " as " + binding.externalId())
                : Optional.empty();
    }

    @Override
    protected ErpInvoice read(ConnectorEnvironment env, Binding binding) {
        return reader.read(env, binding.erpId());
    }

    @Override
    protected void dependencies(ConnectorEnvironment env, Binding binding, ErpInvoice invoice) {
        env.forModel(MagentoModels.SALE_ORDER).unit(Binder.class).forErp(env, invoice.saleOrderId())
                .filter(Binding::isBound)
                .orElseThrow(() -> new PermanentJobError("sale.order " + invoice.saleOrderId() + " of invoice "
                        + invoice.number() + " is not bound to a Magento order of backend " + env.backend().id()));
    }

    /** An empty quantity map would invoice the whole order on Magento. */
    @Override
    protected InvoiceExport map(ConnectorEnvironment env, Binding binding, ErpInvoice invoice) {
        InvoiceExport data = super.map(env, binding, invoice);
        if (data.quantities().values().stream().noneMatch(qty -> qty.signum() > 0)) {
            throw new PermanentJobError("invoice " + invoice.number()
                    + " has no line linked to a Magento order item: nothing to invoice");
        }
        return data;
    }

    @Override
    protected String after(ConnectorEnvironment env, Binding binding, ErpInvoice invoice, Synced synced) {
        return "invoice " + invoice.number() + (synced.foundFromEarlierRun() ? " found on " : " exported to ")
                + env.backend().id() + " as " + synced.externalId();
    }
}
