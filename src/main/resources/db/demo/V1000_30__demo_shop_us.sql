-- Dev-mode demo (quarkus:dev only), a second shop on Magento 2.x: shop-us, the 2.x sandbox's seeded order 12
-- (entity id; items 24: 1 x MH09-XS-Blue, 25: 1 x RACER). Binding its invoice of item 24 exports it with
-- POST /V1/order/12/invoice; the quantity of MH09-L-Blue (product 190) exports with PUT .../stockItems/190.
-- Runs after V1000 (version 1000.30), whose identities restart at 100: the ids below are free.
INSERT INTO connector_backend (id, name, type, version) VALUES ('shop-us', 'Demo shop on Magento 2 (sandbox)', 'magento', '2.x');

INSERT INTO res_partner (id, name, email, city, country_code)
VALUES (2, 'Grace Hopper', 'grace.hopper@example.com', 'Arlington', 'US');
INSERT INTO product_product (id, default_code, name, list_price)
VALUES (3, 'MH09-XS-Blue', 'Abominable Hoodie-XS-Blue', 69), (4, 'RACER', 'Racer Back Maxi Dress', 224),
       (5, 'MH09-L-Blue', 'Abominable Hoodie-L-Blue', 69);

INSERT INTO sale_order (id, name, partner_id, state, amount_total) VALUES (2, 'SO002', 2, 'sale', 253.74);
INSERT INTO sale_order_line (id, order_id, product_id, name, product_uom_qty, price_unit, sequence)
VALUES (3, 2, 3, 'Abominable Hoodie-XS-Blue', 1, 69, 10), (4, 2, 4, 'Racer Back Maxi Dress', 1, 224, 20);

-- 2.x binds entity ids: the order's (12), its items' (24, 25)
INSERT INTO magento_sale_order (id, backend_id, erp_id, external_id, external_entity_id, sync_date)
VALUES (2, 'shop-us', 2, '12', '12', CURRENT_TIMESTAMP);
INSERT INTO magento_sale_order_line (backend_id, erp_id, external_id, magento_order_bind_id, sync_date)
VALUES ('shop-us', 3, '24', 2, CURRENT_TIMESTAMP), ('shop-us', 4, '25', 2, CURRENT_TIMESTAMP);
INSERT INTO magento_product_product (backend_id, erp_id, external_id, sync_date)
VALUES ('shop-us', 5, '190', CURRENT_TIMESTAMP);

INSERT INTO account_invoice (id, number, partner_id, sale_order_id, date_invoice, state, amount_total)
VALUES (2, 'INV/2026/0002', 2, 2, CURRENT_DATE, 'open', 59.75);
INSERT INTO account_invoice_line (invoice_id, sale_order_line_id, product_id, name, quantity, price_unit)
VALUES (2, 3, 3, 'Abominable Hoodie-XS-Blue', 1, 69);

INSERT INTO magento_account_invoice (backend_id, erp_id) VALUES ('shop-us', 2);
INSERT INTO stock_product_qty (id, qty_available) VALUES (5, 42);
