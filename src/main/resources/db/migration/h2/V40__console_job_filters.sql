-- The console lists jobs newest first under a filter, a page at a time (keyset on id): each filter a person uses
-- alone needs an index that yields its rows in id order (newest first: id DESC), or a page of 100,000 jobs means
-- reading and sorting every row the filter matches.
-- Channel, backend and model have few values: scanning ids backwards finds a page of them soon.
CREATE INDEX queue_job_state_id_idx ON queue_job (state, id DESC);
CREATE INDEX queue_job_name_id_idx ON queue_job (name, id DESC);
CREATE INDEX queue_job_record_id_idx ON queue_job (record_id, id DESC);
CREATE INDEX queue_job_created_idx ON queue_job (created_at);
