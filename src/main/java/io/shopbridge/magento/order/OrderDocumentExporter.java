package io.shopbridge.magento.order;

import java.util.Optional;

import jakarta.inject.Inject;

import io.shopbridge.connector.binding.Binding;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.connector.sync.GenericExporter;

/**
 * Exports a document of a bound Magento order that covers quantities of its items (an invoice, a shipment): created
 * once, never updated, and only with at least one item to cover (an empty quantity map would cover the whole order).
 */
public abstract class OrderDocumentExporter<R extends OrderDocument> extends GenericExporter<R, OrderDocumentExport> {

    @Inject
    SaleOrderBinder orders;

    /** What the ERP record is called in messages: {@code invoice}, {@code picking}. */
    protected abstract String noun();

    /** What Magento would do with an empty quantity map: {@code invoice}, {@code ship}. */
    protected abstract String verb();

    @Override
    protected Optional<String> skip(ConnectorEnvironment env, Binding binding) {
        return binding.isBound()
                ? Optional.of(noun() + " already exported to " + env.backend().id() + " as " + binding.externalId())
                : Optional.empty();
    }

    @Override
    protected void dependencies(ConnectorEnvironment env, Binding binding, R record) {
        orders.requireBound(env, record.saleOrderId(), describe(record));
    }

    @Override
    protected OrderDocumentExport map(ConnectorEnvironment env, Binding binding, R record) {
        OrderDocumentExport data = super.map(env, binding, record);
        ItemQuantity.requireSome(data.quantities(), describe(record), verb());
        return data;
    }

    @Override
    protected String after(ConnectorEnvironment env, Binding binding, R record, Synced synced) {
        return describe(record) + (synced.foundFromEarlierRun() ? " found on " : " exported to ") + env.backend().id()
                + " as " + synced.externalId();
    }

    private String describe(R record) {
        return noun() + " " + record.number();
    }
}
