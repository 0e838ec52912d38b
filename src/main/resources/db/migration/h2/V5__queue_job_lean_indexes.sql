-- Done jobs keep their worker, so an index on worker grows with every job an instance ran, and H2 chose it over the
-- primary key for the by-id updates that end jobs. Leases are renewed by id now; nothing needs it.
DROP INDEX queue_job_worker_idx;
