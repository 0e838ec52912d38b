package io.shopbridge.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.shop.OrderState;

/** A bound order ({@link BoundOrders}) and a picking of it, ready to be bound; its export job once bound. */
@ApplicationScoped
public class ShipmentScenario {

    @Inject
    BoundOrders orders;

    @Inject
    ErpFixtures db;

    @Inject
    TestShops shops;

    @Inject
    JobRows jobs;

    /** The order and the picking delivering part or all of it. */
    public record Setup(BoundOrders.BoundOrder order, long pickingId, String pickingName) {
    }

    /** The picking's binding, and the export job its trigger's event enqueued. */
    public record Export(long bindingId, String jobUuid) {
    }

    /** On the 1.7 shop. */
    public Setup completePicking(OrderState state) {
        return completePicking(shops.of("1.7"), state);
    }

    /** A picking of the whole order: 2 × SKU-A and 3 × SKU-B. */
    public Setup completePicking(TestShop shop, OrderState state) {
        return picking(shop, state, "2", "3");
    }

    /** On the 1.7 shop. */
    public Setup partialPicking(OrderState state) {
        return partialPicking(shops.of("1.7"), state);
    }

    /** A picking of 1 × SKU-B only. */
    public Setup partialPicking(TestShop shop, OrderState state) {
        return picking(shop, state, null, "1");
    }

    /** Binds the picking to the shop, as the ERP does once it is done, and waits for the job it starts. */
    public Export bind(Setup setup) {
        long binding = db.bindPicking(setup.order().shop().id(), setup.pickingId());
        return new Export(binding, jobs.awaitJobFor("export_picking", MagentoModels.STOCK_PICKING, binding));
    }

    /** Ships the picking through its export and waits for it: the shipment's id (1.7: increment id; 2.x: entity id). */
    public String shipped(Setup setup) {
        Export export = bind(setup);
        jobs.awaitState(export.jobUuid(), "done");
        return db.value(String.class, "SELECT external_id FROM magento_stock_picking WHERE id = ?", export.bindingId());
    }

    private Setup picking(TestShop shop, OrderState state, String qtyA, String qtyB) {
        BoundOrders.BoundOrder order = orders.place(shop, state);
        String name = "WH/OUT/" + shop.id() + "/" + order.externalId();
        long picking = db.picking(name, order.orderId());
        if (qtyA != null) {
            db.move(picking, order.firstLineId(), qtyA);
        }
        db.move(picking, order.secondLineId(), qtyB);
        return new Setup(order, picking, name);
    }
}
