package io.shopbridge.magento.m2;

import java.time.Instant;

import jakarta.inject.Singleton;

import io.shopbridge.connector.adapter.ChangedPage;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.product.MagentoCategory;

/**
 * Categories on 2.x, by id: {@code GET /V1/categories/{id}}; the changed ones from {@code GET /V1/categories/list}
 * by {@code updated_at}. The tree's root ("Root Catalog") has parent 0.
 */
@Singleton
public class Magento2CategoryAdapter extends Magento2ImportAdapter<MagentoCategory> {

    @Override
    public String model() {
        return MagentoModels.PRODUCT_CATEGORY;
    }

    @Override
    public MagentoCategory read(ConnectorEnvironment env, String externalId) {
        M2Record category = one(env, "categories", externalId);
        return new MagentoCategory(category.text("id"), category.id("parent_id"), category.text("name"),
                category.instant("updated_at"));
    }

    @Override
    public ChangedPage changedSince(ConnectorEnvironment env, Instant since, String after, int pageSize) {
        return changedSearch(env, "categories/list", "entity_id", "id", "id", true, since, after, pageSize);
    }
}
