-- Wake-ups: a statement that inserts outbox events notifies channel shopbridge_events, delivered at commit (and once
-- per transaction), so that a listening instance consumes them at once instead of at its next outbox poll. The jobs'
-- trigger (V55) moves to the same function, which notifies the channel its trigger names.
CREATE FUNCTION shopbridge_notify_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(TG_ARGV[0], '');
    RETURN NULL;
END
$$;
CREATE TRIGGER connector_event_inserted AFTER INSERT ON connector_event
    FOR EACH STATEMENT EXECUTE FUNCTION shopbridge_notify_inserted('shopbridge_events');
DROP TRIGGER queue_job_inserted ON queue_job;
CREATE TRIGGER queue_job_inserted AFTER INSERT ON queue_job
    FOR EACH STATEMENT EXECUTE FUNCTION shopbridge_notify_inserted('shopbridge_jobs');
DROP FUNCTION queue_job_notify_inserted();
