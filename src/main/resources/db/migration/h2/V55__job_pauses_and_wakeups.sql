-- Paused backends and channels (JobPauses): a row here keeps their pending jobs from being claimed by any instance.
-- kind is 'backend' or 'channel'; a channel's pause covers its sub-channels.
CREATE TABLE queue_job_pause (
    kind      VARCHAR(16)  NOT NULL,
    name      VARCHAR(255) NOT NULL,
    paused_by VARCHAR(255) NOT NULL,
    reason    VARCHAR(1000),
    paused_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, name)
);
-- Wake-ups: H2 has no notification; an instance wakes its dispatcher itself after committing an enqueue, and sees
-- the jobs other instances enqueue at its next poll.
