package io.shopbridge.connector.binding;

import java.util.Optional;

import io.shopbridge.connector.backend.ConnectorUnit;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/** External id ⇄ ERP id for one binding model, within the environment's backend and transaction. */
public interface Binder extends ConnectorUnit {

    Optional<Binding> read(ConnectorEnvironment env, long bindingId);

    Optional<Long> toErp(ConnectorEnvironment env, String externalId);

    Optional<Binding> forErp(ConnectorEnvironment env, long erpId);

    /** Locks the binding row until the transaction ends. */
    void lock(ConnectorEnvironment env, long bindingId);

    /** Writes the external id and the sync date on the binding. */
    void bind(ConnectorEnvironment env, long bindingId, String externalId);
}
