package io.shopbridge.connector.mapping;

import io.shopbridge.connector.backend.ConnectorUnit;

/**
 * Maps an ERP record {@code R} (what a flow's reader reads) to the record {@code D} the backend's adapter sends, by a
 * declarative {@link Mapping}. A version's mapper extends its parent's and replaces the rules it must.
 */
public interface ExportMapper<R, D> extends ConnectorUnit {

    Mapping<R, D> mapping();

    default D map(MapContext context, R record) {
        return mapping().map(context, record);
    }
}
