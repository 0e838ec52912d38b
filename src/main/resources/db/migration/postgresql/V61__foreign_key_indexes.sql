-- Indexes on the columns that point to a parent row. H2 makes one for every foreign key by itself; PostgreSQL does
-- not, and without them reading an invoice's lines, an order's lines or a record's bindings scans the whole table:
-- each export got slower as the tables grew (an end-to-end run of 3,000 invoices read 8.7 million invoice lines).
CREATE INDEX sale_order_line_order_idx ON sale_order_line (order_id);
CREATE INDEX account_invoice_sale_order_idx ON account_invoice (sale_order_id);
CREATE INDEX account_invoice_line_invoice_idx ON account_invoice_line (invoice_id);
CREATE INDEX account_invoice_line_sale_order_line_idx ON account_invoice_line (sale_order_line_id);
CREATE INDEX stock_picking_sale_order_idx ON stock_picking (sale_order_id);
CREATE INDEX stock_move_picking_idx ON stock_move (picking_id);
CREATE INDEX stock_move_sale_order_line_idx ON stock_move (sale_order_line_id);
CREATE INDEX sale_order_parent_order_idx ON sale_order (parent_order_id);
CREATE INDEX res_partner_parent_idx ON res_partner (parent_id);
-- a record's bindings on every backend (BindingFanOut: the shops an order's state or a product's stock goes to)
CREATE INDEX magento_sale_order_erp_idx ON magento_sale_order (erp_id);
CREATE INDEX magento_sale_order_line_erp_idx ON magento_sale_order_line (erp_id);
CREATE INDEX magento_sale_order_line_order_bind_idx ON magento_sale_order_line (magento_order_bind_id);
CREATE INDEX magento_account_invoice_erp_idx ON magento_account_invoice (erp_id);
CREATE INDEX magento_account_invoice_order_bind_idx ON magento_account_invoice (magento_order_bind_id);
CREATE INDEX magento_stock_picking_erp_idx ON magento_stock_picking (erp_id);
CREATE INDEX magento_stock_picking_track_erp_idx ON magento_stock_picking_track (erp_id);
CREATE INDEX magento_product_product_erp_idx ON magento_product_product (erp_id);
CREATE INDEX magento_res_partner_erp_idx ON magento_res_partner (erp_id);
CREATE INDEX magento_address_erp_idx ON magento_address (erp_id);
CREATE INDEX magento_res_partner_category_erp_idx ON magento_res_partner_category (erp_id);
CREATE INDEX magento_product_category_erp_idx ON magento_product_category (erp_id);
