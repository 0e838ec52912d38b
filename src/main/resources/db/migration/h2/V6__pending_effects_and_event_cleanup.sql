-- A durable note, committed before a call that creates something on a backend and is not idempotent (an invoice, a
-- shipment): while it exists, the record may exist on the backend, so the next run looks for it before creating.
-- It is deleted in the transaction that binds the record.
CREATE TABLE connector_pending_effect (
    backend_id  VARCHAR(64) NOT NULL,
    model       VARCHAR(128) NOT NULL,
    record_id   BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (backend_id, model, record_id)
);

-- Consumed outbox events are deleted after a keep period, oldest first
CREATE INDEX connector_event_processed_idx ON connector_event (processed_at);
