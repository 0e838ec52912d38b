package io.shopbridge.magento.order;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.Binding;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.connector.sync.GenericExporter;
import io.shopbridge.connector.sync.PendingEffects;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/**
 * Exports a bound order's state (cancel, hold, release) to its Magento order. A state change and its comment are not
 * idempotent, so a durable note precedes them (as {@link io.shopbridge.connector.sync.CreateOnce} does for creates)
 * and goes with the binding's sync: a run that finds a note left reconciles, the adapter adding only what is missing.
 */
@Singleton
public class OrderStateExporter extends GenericExporter<ErpOrderState, OrderStateExport> {

    @Inject
    OrderStateReader reader;

    @Inject
    PendingEffects effects;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.SALE_ORDER;
    }

    @Override
    protected Optional<String> skip(ConnectorEnvironment env, Binding binding) {
        return binding.isBound() ? Optional.empty()
                : Optional.of("sale.order " + binding.erpId() + " is not on " + env.backend().id());
    }

    @Override
    protected ErpOrderState read(ConnectorEnvironment env, Binding binding) {
        return reader.read(env, binding.erpId());
    }

    @Override
    protected Synced update(ConnectorEnvironment env, Binding binding, ErpOrderState order, OrderStateExport change) {
        boolean earlierRun = effects.noted(env, binding.id());
        effects.note(env, binding.id());
        env.unit(OrderStateAdapter.class).change(env, binding.externalId(), change, earlierRun);
        return new Synced(binding.externalId(), false);
    }

    @Override
    protected String after(ConnectorEnvironment env, Binding binding, ErpOrderState order, Synced synced) {
        return "order " + order.name() + " (" + order.state() + ") exported to " + env.backend().id() + " as "
                + synced.externalId();
    }
}
