-- How far the batch imports of a backend and model have come: the start of the last complete batch
CREATE TABLE connector_import_watermark (
    backend_id VARCHAR(64) NOT NULL REFERENCES connector_backend (id),
    model      VARCHAR(128) NOT NULL,
    watermark  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT connector_import_watermark_pk PRIMARY KEY (backend_id, model)
);
