package io.shopbridge.sandbox.magento2.sales;

import io.quarkus.arc.profile.UnlessBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.shopbridge.sandbox.magento2.ShopData;
import io.shopbridge.sandbox.magento2.rest.Magento2Resource;
import io.shopbridge.sandbox.magento2.rest.RestRouter;

/**
 * The 1.7 sandbox's capture-shaped orders in 2.x shape, for the imports (entity ids 181 to 187): two configurable
 * lines, a guest with free shipping, 10% off with separate addresses, euros, an order and its edit
 * ({@code 100000205-1}, {@code relation_parent_id} 185), a 100% discount. {@link OrderResource} serves them.
 */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class SandboxOrdersSeed implements Magento2Resource {

    private static final String SEED = "sandbox/magento2/seed/sandbox_orders.json";

    /** No routes of its own. */
    @Override
    public void register(RestRouter router) {
    }

    @Override
    public void seed(ShopData shop) {
        for (ObjectNode order : shop.seedRecords(SEED)) {
            shop.put(Orders.TABLE, order.path("entity_id").asLong(), order);
            order.path("items").forEach(item -> shop.reserve(Orders.ITEMS, item.path("item_id").asLong()));
        }
    }
}
