package io.shopbridge.magento.invoice;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.adapter.BackendAdapter;
import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.Binder;
import io.shopbridge.connector.binding.Binding;
import io.shopbridge.connector.job.NothingToDoJob;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.mapping.ExportMapper;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.connector.sync.CreateOnce;
import io.shopbridge.connector.sync.Exporter;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/**
 * Exports an invoice binding (the seed's example): reads the invoice and its order's Magento id, maps the lines,
 * creates the invoice on Magento, and binds the id Magento returns. The create goes through {@link CreateOnce}: a run
 * that follows one which may have created the invoice (crashed, lost its answer or its commit) binds that invoice. Every Magento version uses this flow; the mapper
 * and adapter it resolves are the version's own.
 */
@Singleton
public class InvoiceExporter implements Exporter {

    @Inject
    InvoiceRecordReader reader;

    @Inject
    CreateOnce createOnce;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.ACCOUNT_INVOICE;
    }

    @Override
    public String export(ConnectorEnvironment env, long bindingId) {
        Binder binder = env.unit(Binder.class);
        Binding binding = binder.read(env, bindingId).orElseThrow(() -> new PermanentJobError(
                model() + " " + bindingId + " does not exist on backend " + env.backend().id()));
        if (binding.isBound()) {
            throw new NothingToDoJob("invoice already exported to " + env.backend().id() + " as "
                    + binding.externalId());
        }
        Map<String, Object> invoice = reader.read(env, binding.erpId());
        long saleOrderId = (Long) invoice.get("sale_order_id");
        Binding order = env.forModel(MagentoModels.SALE_ORDER).unit(Binder.class).forErp(env, saleOrderId)
                .filter(Binding::isBound)
                .orElseThrow(() -> new PermanentJobError("sale.order " + saleOrderId + " of invoice "
                        + invoice.get("number") + " is not bound to a Magento order of backend " + env.backend().id()));
        invoice.put("order_external_id", order.externalId());
        Map<String, Object> data = env.unit(ExportMapper.class).map(invoice);
        // creating an invoice is not idempotent: an earlier run may have made it
        CreateOnce.Created created = createOnce.create(env, bindingId, env.unit(BackendAdapter.class), data);
        binder.bind(env, bindingId, created.externalId());
        createOnce.settle(env, bindingId);
        return "invoice " + invoice.get("number") + (created.foundFromEarlierRun() ? " found on " : " exported to ")
                + env.backend().id() + " as " + created.externalId();
    }
}
