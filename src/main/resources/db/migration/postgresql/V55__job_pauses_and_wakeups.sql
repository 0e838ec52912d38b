-- Paused backends and channels (JobPauses): a row here keeps their pending jobs from being claimed by any instance.
-- kind is 'backend' or 'channel'; a channel's pause covers its sub-channels.
CREATE TABLE queue_job_pause (
    kind      VARCHAR(16)  NOT NULL,
    name      VARCHAR(255) NOT NULL,
    paused_by VARCHAR(255) NOT NULL,
    reason    VARCHAR(1000),
    paused_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kind, name)
);

-- Wake-ups: a statement that inserts jobs notifies channel shopbridge_jobs, delivered at commit (and once per
-- transaction), so that every instance LISTENing claims them at once instead of at its next poll.
CREATE FUNCTION queue_job_notify_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('shopbridge_jobs', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER queue_job_inserted AFTER INSERT ON queue_job
    FOR EACH STATEMENT EXECUTE FUNCTION queue_job_notify_inserted();
