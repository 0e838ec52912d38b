-- Dev-mode demo (quarkus:dev only): the seed's example against the sandbox's seeded order 100000001
-- (items 501: 2 x Widget, 502: 1 x Gadget). Binding the invoice at the end starts the export.
INSERT INTO connector_backend (id, name, type, version) VALUES ('shop-eu', 'Demo shop (sandbox)', 'magento', '1.7');

INSERT INTO res_partner (id, name, email, city, country_code) VALUES (1, 'Ada Lovelace', 'ada@example.com', 'London', 'GB');
INSERT INTO product_product (id, default_code, name, list_price) VALUES (1, 'DEMO-WIDGET', 'Widget', 225), (2, 'DEMO-GADGET', 'Gadget', 190);

INSERT INTO sale_order (id, name, partner_id, state, amount_total) VALUES (1, 'SO001', 1, 'sale', 640);
INSERT INTO sale_order_line (id, order_id, product_id, name, product_uom_qty, price_unit, sequence)
VALUES (1, 1, 1, 'Widget', 2, 225, 10), (2, 1, 2, 'Gadget', 1, 190, 20);

INSERT INTO magento_sale_order (id, backend_id, erp_id, external_id, external_entity_id, sync_date)
VALUES (1, 'shop-eu', 1, '100000001', '101', CURRENT_TIMESTAMP);
INSERT INTO magento_sale_order_line (backend_id, erp_id, external_id, magento_order_bind_id, sync_date)
VALUES ('shop-eu', 1, '501', 1, CURRENT_TIMESTAMP), ('shop-eu', 2, '502', 1, CURRENT_TIMESTAMP);

INSERT INTO account_invoice (id, number, partner_id, sale_order_id, date_invoice, state, amount_total)
VALUES (1, 'INV/2026/0001', 1, 1, CURRENT_DATE, 'open', 640);
INSERT INTO account_invoice_line (invoice_id, sale_order_line_id, product_id, name, quantity, price_unit)
VALUES (1, 1, 1, 'Widget', 2, 225), (1, 2, 2, 'Gadget', 1, 190);

-- identities restart after the demo rows
ALTER TABLE res_partner ALTER COLUMN id RESTART WITH 100;
ALTER TABLE product_product ALTER COLUMN id RESTART WITH 100;
ALTER TABLE sale_order ALTER COLUMN id RESTART WITH 100;
ALTER TABLE sale_order_line ALTER COLUMN id RESTART WITH 100;
ALTER TABLE magento_sale_order ALTER COLUMN id RESTART WITH 100;
ALTER TABLE account_invoice ALTER COLUMN id RESTART WITH 100;

INSERT INTO magento_account_invoice (backend_id, erp_id) VALUES ('shop-eu', 1);
