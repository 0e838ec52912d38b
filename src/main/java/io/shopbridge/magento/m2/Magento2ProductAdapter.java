package io.shopbridge.magento.m2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;

import io.shopbridge.connector.adapter.ChangedPage;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.product.MagentoProduct;

/**
 * Products on 2.x, by entity id, as 1.7 binds them (an order item names its product's id; a SKU can be renamed): read
 * with a search of {@code GET /V1/products} on {@code entity_id}, since the product routes take the SKU; the changed
 * ones come from the same search by {@code updated_at}, paged by entity id.
 */
@Singleton
public class Magento2ProductAdapter extends Magento2ImportAdapter<MagentoProduct> {

    private static final String ENABLED = "1";
    private static final String ENTITY_ID = "entity_id";

    @Override
    public String model() {
        return MagentoModels.PRODUCT;
    }

    @Override
    public MagentoProduct read(ConnectorEnvironment env, String id) {
        M2Record product = M2Record.of(client.search(env.backend(), "products", SearchCriteria.all().pageSize(1)
                .where(ENTITY_ID, SearchCriteria.Condition.EQ, id)).items().stream().findFirst()
                .orElseThrow(() -> new PermanentJobError("Magento " + env.backend().id() + " has no product " + id)),
                "products");
        return new MagentoProduct(product.text("id"), product.text("sku"), product.text("type_id"),
                product.text("name"), product.customAttribute("description").map(JsonNode::asText).orElse(null),
                product.decimal("price"), product.decimal("weight"), ENABLED.equals(product.text("status")),
                categoryIds(product), product.instant("updated_at"));
    }

    @Override
    public ChangedPage changedSince(ConnectorEnvironment env, Instant since, String after, int pageSize) {
        return changedSearch(env, "products", ENTITY_ID, "id", "id", true, since, after, pageSize);
    }

    /** The category links in the shop's order; older answers carry them only as attribute {@code category_ids}. */
    private static List<String> categoryIds(M2Record product) {
        List<String> ids = new ArrayList<>();
        M2Record extension = product.record("extension_attributes");
        if (extension != null) {
            extension.records("category_links").forEach(link -> ids.add(link.text("category_id")));
        }
        if (ids.isEmpty()) {
            product.customAttribute("category_ids").ifPresent(values -> values.forEach(id -> ids.add(id.asText())));
        }
        return ids;
    }
}
