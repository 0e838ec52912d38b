package io.shopbridge.connector.mapping;

import io.shopbridge.connector.backend.ConnectorUnit;

/**
 * Maps a backend record {@code S} (what a version's adapter reads) to the ERP values {@code E} an importer writes, by a
 * declarative {@link Mapping}: the import direction of {@link ExportMapper}.
 */
public interface ImportMapper<S, E> extends ConnectorUnit {

    Mapping<S, E> mapping();

    default E map(MapContext context, S record) {
        return mapping().map(context, record);
    }
}
