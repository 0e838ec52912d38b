package io.shopbridge.connector.sync;

import java.time.Instant;

/** A record read from a backend for an import: it says when the backend last changed it. */
public interface ImportedRecord {

    /** When the backend last changed the record; null when the backend keeps no such date (always imported). */
    Instant updatedAt();
}
