-- The ERP changes the Magento exports follow (see OutboxTrigger): a new picking binding (ship), a new tracking
-- binding (add the track), a picking's write (its tracking number), a product's quantity, a sale order's state.
CREATE TRIGGER magento_stock_picking_outbox AFTER INSERT, UPDATE, DELETE ON magento_stock_picking
    FOR EACH ROW CALL 'io.shopbridge.connector.event.h2.OutboxTrigger';
CREATE TRIGGER magento_stock_picking_track_outbox AFTER INSERT, UPDATE, DELETE ON magento_stock_picking_track
    FOR EACH ROW CALL 'io.shopbridge.connector.event.h2.OutboxTrigger';
CREATE TRIGGER stock_picking_outbox AFTER INSERT, UPDATE, DELETE ON stock_picking
    FOR EACH ROW CALL 'io.shopbridge.connector.event.h2.OutboxTrigger';
CREATE TRIGGER stock_product_qty_outbox AFTER INSERT, UPDATE, DELETE ON stock_product_qty
    FOR EACH ROW CALL 'io.shopbridge.connector.event.h2.OutboxTrigger';
CREATE TRIGGER sale_order_outbox AFTER INSERT, UPDATE, DELETE ON sale_order
    FOR EACH ROW CALL 'io.shopbridge.connector.event.h2.OutboxTrigger';
