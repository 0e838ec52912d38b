-- An H2 update rewrites the row's entry in every index of the table, whichever columns it changes, so each index
-- costs every state change of every job. The claim finds a record's claimed or running job by the unique index on
-- running_record_key (the record key while a job is enqueued or started), which leaves this one without a reader.
DROP INDEX queue_job_record_idx;
