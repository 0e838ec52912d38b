package io.shopbridge.connector.mapping;

import io.shopbridge.connector.binding.Binder;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/**
 * What a mapping runs with: the environment (its binders turn ids between the two sides) and whether the record is
 * mapped for a create (create-only fields included) or for an update.
 */
public record MapContext(ConnectorEnvironment env, boolean forCreate) {

    public static MapContext forCreate(ConnectorEnvironment env) {
        return new MapContext(env, true);
    }

    public static MapContext forUpdate(ConnectorEnvironment env) {
        return new MapContext(env, false);
    }

    public Binder binder(String bindingModel) {
        return env.forModel(bindingModel).unit(Binder.class);
    }
}
