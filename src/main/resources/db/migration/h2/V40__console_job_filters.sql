-- The console lists jobs newest first under a filter, a page at a time (keyset on id): each filter a person uses
-- alone needs an index that yields its rows in id order, or a page of 100,000 jobs means reading and sorting them all.
-- Channel, backend and model have few values: scanning ids backwards finds a page of them soon.
CREATE INDEX queue_job_state_id_idx ON queue_job (state, id);
CREATE INDEX queue_job_name_id_idx ON queue_job (name, id);
CREATE INDEX queue_job_record_id_idx ON queue_job (record_id, id);
CREATE INDEX queue_job_created_idx ON queue_job (created_at);
