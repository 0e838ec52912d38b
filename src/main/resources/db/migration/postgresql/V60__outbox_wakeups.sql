-- Wake-ups: a statement that inserts outbox events notifies channel shopbridge_events, delivered at commit (and once
-- per transaction), so that a listening instance consumes them at once instead of at its next outbox poll.
CREATE FUNCTION connector_event_notify_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('shopbridge_events', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER connector_event_inserted AFTER INSERT ON connector_event
    FOR EACH STATEMENT EXECUTE FUNCTION connector_event_notify_inserted();
