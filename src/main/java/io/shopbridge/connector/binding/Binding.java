package io.shopbridge.connector.binding;

import java.time.Instant;

/** A row of a binding table: an ERP record linked to an external record of one backend. */
public record Binding(long id, String backendId, long erpId, String externalId, Instant syncDate) {

    public boolean isBound() {
        return externalId != null;
    }
}
