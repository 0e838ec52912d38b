-- As queue_job's (V65): H2 writes an identity's high-water mark with a store commit of its own every time its cache
-- (32 values by default) runs out; the outbox takes a row per ERP change. A crash skips at most the cached values;
-- ids stay unique and increasing, the order events are consumed in.
ALTER TABLE connector_event ALTER COLUMN id SET CACHE 1000;
