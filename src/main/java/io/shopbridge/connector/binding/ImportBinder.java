package io.shopbridge.connector.binding;

import java.util.Optional;

import io.shopbridge.connector.sync.ConnectorEnvironment;

/** A binder that imports bind through: the binding of an external id, and binding an ERP record made from it. */
public interface ImportBinder extends Binder {

    /** The binding of this external id on the environment's backend. */
    default Optional<Binding> forExternal(ConnectorEnvironment env, String externalId) {
        return toErp(env, externalId).flatMap(erpId -> forErp(env, erpId));
    }

    /**
     * Links the external id to the ERP record with the sync date now: a new binding, or the existing one moved.
     *
     * @return the binding's id
     */
    long bindImported(ConnectorEnvironment env, String externalId, long erpId);
}
