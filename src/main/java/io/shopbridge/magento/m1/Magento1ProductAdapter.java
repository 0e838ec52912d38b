package io.shopbridge.magento.m1;

import java.time.Instant;

import jakarta.inject.Singleton;

import io.shopbridge.connector.adapter.ChangedPage;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.product.MagentoProduct;

/** Products on Magento 1.x: {@code catalog_product.info} by product id, {@code catalog_product.list} changed. */
@Singleton
public class Magento1ProductAdapter extends Magento1ImportAdapter<MagentoProduct> {

    private static final String ID = "product_id";
    private static final String ENABLED = "1";

    @Override
    public String model() {
        return MagentoModels.PRODUCT;
    }

    /** The external id is the product id: Magento takes a product identifier that looks like an integer as an id. */
    @Override
    public MagentoProduct read(ConnectorEnvironment env, String externalId) {
        M1Row product = one(env, "catalog_product.info", externalId);
        return new MagentoProduct(product.text(ID), product.text("sku"), product.text("type"), product.text("name"),
                product.text("description"), product.decimal("price"), product.decimal("weight"),
                ENABLED.equals(product.text("status")), product.texts("categories"), product.instant("updated_at"));
    }

    @Override
    public ChangedPage changedSince(ConnectorEnvironment env, Instant since, String after, int pageSize) {
        return changedList(env, "catalog_product.list", ID, ID, since, after, pageSize);
    }
}
