-- Every state change of a job is an update PostgreSQL cannot do in place (state is indexed), so each one adds an
-- entry to every index whose predicate the new row meets. Partial indexes keep that to the few that matter, and the
-- claim reads due jobs in priority order from an index holding only pending ones.
DROP INDEX queue_job_ready_idx;
DROP INDEX queue_job_record_idx;
DROP INDEX queue_job_identity_idx;
DROP INDEX queue_job_worker_idx;
CREATE INDEX queue_job_pending_idx ON queue_job (priority, id) WHERE state = 'pending';
CREATE INDEX queue_job_record_idx ON queue_job (record_key, state) WHERE record_key IS NOT NULL;
CREATE INDEX queue_job_identity_idx ON queue_job (identity_key, state) WHERE identity_key IS NOT NULL;
-- by lease, not worker: an index on worker would tempt the planner away from the primary key in by-id updates
CREATE INDEX queue_job_claimed_idx ON queue_job (lease_until) WHERE state IN ('enqueued', 'started');
CREATE INDEX queue_job_done_idx ON queue_job (done_at) WHERE state = 'done';
