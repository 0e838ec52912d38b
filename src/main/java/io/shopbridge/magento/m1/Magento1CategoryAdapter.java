package io.shopbridge.magento.m1;

import java.time.Instant;
import java.util.stream.Stream;

import jakarta.inject.Singleton;

import io.shopbridge.connector.adapter.ChangedPage;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.product.MagentoCategory;

/**
 * Categories on Magento 1.x: {@code catalog_category.info}; the changed ones are every category of
 * {@code catalog_category.tree}, which has no date filter (an unchanged one is skipped by its import).
 */
@Singleton
public class Magento1CategoryAdapter extends Magento1ImportAdapter<MagentoCategory> {

    private static final String ID = "category_id";
    /** The parent of the tree's root. */
    private static final String NO_PARENT = "0";

    @Override
    public String model() {
        return MagentoModels.PRODUCT_CATEGORY;
    }

    @Override
    public MagentoCategory read(ConnectorEnvironment env, String externalId) {
        M1Row category = one(env, "catalog_category.info", externalId);
        String parent = category.text("parent_id");
        return new MagentoCategory(category.text(ID), parent == null || NO_PARENT.equals(parent) ? null : parent,
                category.text("name"), category.instant("updated_at"));
    }

    @Override
    public ChangedPage changedSince(ConnectorEnvironment env, Instant since, String after, int pageSize) {
        return M1Listing.page(flatten(one(env, "catalog_category.tree")).toList(), ID, ID, after, pageSize);
    }

    private static Stream<M1Row> flatten(M1Row node) {
        return Stream.concat(Stream.of(node), node.rows("children").stream().flatMap(Magento1CategoryAdapter::flatten));
    }
}
