package io.shopbridge.connector.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.shopbridge.connector.db.Statements;

/**
 * How far the batch imports of one backend and model have come (table {@code connector_import_watermark}): the time
 * the last complete batch started, so the next one searches the records changed since then.
 */
@ApplicationScoped
public class ImportWatermarks {

    /** The watermark, its row locked until the transaction ends against a concurrent batch of the same model. */
    public Optional<Instant> lock(ConnectorEnvironment env) {
        return Statements.value(env.connection(), OffsetDateTime.class, """
                SELECT watermark FROM connector_import_watermark WHERE backend_id = ? AND model = ? FOR UPDATE""",
                env.backend().id(), env.model()).map(OffsetDateTime::toInstant);
    }

    public void move(ConnectorEnvironment env, Instant watermark) {
        int moved = Statements.update(env.connection(), """
                UPDATE connector_import_watermark SET watermark = ? WHERE backend_id = ? AND model = ?""",
                watermark, env.backend().id(), env.model());
        if (moved == 0) {
            Statements.update(env.connection(), """
                    INSERT INTO connector_import_watermark (backend_id, model, watermark) VALUES (?, ?, ?)""",
                    env.backend().id(), env.model(), watermark);
        }
    }
}
