package io.shopbridge.connector.mapping;

import io.shopbridge.connector.backend.ConnectorUnit;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/**
 * Maps an ERP record {@code R} (what a flow's reader reads) to the record {@code D} the backend's adapter sends. The
 * environment lets a field resolve ERP ids to external ids through binders.
 */
public interface ExportMapper<R, D> extends ConnectorUnit {

    D map(ConnectorEnvironment env, R record);
}
