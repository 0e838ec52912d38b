-- The console lists jobs newest first under a filter, a page at a time (keyset on id): each filter a person uses
-- alone needs an index that yields its rows in id order. A state change already writes a new entry in every index
-- (see V5), so by state only the failed jobs, the ones a person looks for, get one, and a small one: done jobs are
-- most rows (the primary key read backwards finds a page of them at once), pending ones have queue_job_pending_idx.
-- Channel, backend and model have few values: scanning ids backwards finds a page of them soon.
CREATE INDEX queue_job_failed_idx ON queue_job (id) WHERE state = 'failed';
CREATE INDEX queue_job_name_id_idx ON queue_job (name, id);
CREATE INDEX queue_job_record_id_idx ON queue_job (record_id, id) WHERE record_id IS NOT NULL;
CREATE INDEX queue_job_created_idx ON queue_job (created_at);
