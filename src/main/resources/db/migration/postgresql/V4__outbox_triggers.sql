-- Every change of a watched table writes an outbox row.
-- The model is the table name with dots (Odoo's naming); backend_id is copied when the table has one.
CREATE FUNCTION connector_outbox_event() RETURNS trigger AS $$
DECLARE
    row_data jsonb;
    event_kind varchar;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_data := to_jsonb(OLD);
        event_kind := 'unlink';
    ELSIF TG_OP = 'UPDATE' THEN
        row_data := to_jsonb(NEW);
        event_kind := 'write';
    ELSE
        row_data := to_jsonb(NEW);
        event_kind := 'create';
    END IF;
    INSERT INTO connector_event (model, kind, record_id, backend_id)
    VALUES (replace(TG_TABLE_NAME, '_', '.'), event_kind, (row_data ->> 'id')::bigint, row_data ->> 'backend_id');
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER magento_account_invoice_outbox AFTER INSERT OR UPDATE OR DELETE ON magento_account_invoice
    FOR EACH ROW EXECUTE FUNCTION connector_outbox_event();
