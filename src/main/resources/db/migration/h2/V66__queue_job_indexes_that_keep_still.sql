-- H2 has no partial index, so an index holding the state changes with every state change of every job, at a store
-- write each: the record and identity indexes did so even for the jobs without a record or identity key (most).
-- The claim finds a record's running job by running_record_key (its unique index), and an enqueue finds a waiting job
-- of its identity key by waiting_identity_key: both are null for a job without a key, whose entries then never move.
ALTER TABLE queue_job ADD COLUMN waiting_identity_key VARCHAR(255) GENERATED ALWAYS AS
    (CASE WHEN state IN ('wait_dependencies', 'pending', 'enqueued') THEN identity_key END);
CREATE INDEX queue_job_waiting_identity_idx ON queue_job (waiting_identity_key);
DROP INDEX queue_job_identity_idx;
DROP INDEX queue_job_record_idx;
