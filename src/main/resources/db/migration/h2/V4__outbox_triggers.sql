-- Every change of a watched table writes an outbox row (see OutboxTrigger).
-- A table is watched once some route subscribes to its model.
CREATE TRIGGER magento_account_invoice_outbox AFTER INSERT, UPDATE, DELETE ON magento_account_invoice
    FOR EACH ROW CALL 'io.shopbridge.connector.event.h2.OutboxTrigger';
