package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A catalog product of the default attribute sets, in website 1.
 *
 * @param price null for a grouped product and a bundle priced by its selections
 * @param weight null where the type has no weight, or a bundle weighed by its selections
 */
public record Product(long id, String sku, ProductType type, long attributeSetId, String name, String description,
        String shortDescription, BigDecimal price, BigDecimal weight, int visibility, String urlKey,
        List<Long> categoryIds, LocalDateTime createdAt, LocalDateTime updatedAt) {

    public Product {
        categoryIds = List.copyOf(categoryIds);
    }

    /** Saved again: Magento's {@code updated_at} backend stamps every product save. */
    Product savedAt(LocalDateTime at) {
        return new Product(id, sku, type, attributeSetId, name, description, shortDescription, price, weight,
                visibility, urlKey, categoryIds, createdAt, at);
    }

    /** The codes of {@link #attributes()} for a type: what a {@code catalog_product.list} may filter on. */
    public static Set<String> attributeCodes(ProductType type) {
        return new Product(0, "", type, 0, "", "", "", null, null, 1, "", List.of(), null, null).attributes().keySet();
    }

    public List<String> categoryIdStrings() {
        return categoryIds.stream().map(String::valueOf).toList();
    }

    /**
     * The editable attributes {@code catalog_product.info} reads after its basic fields, in attribute order: those
     * whose {@code apply_to} excludes the type are left out (a grouped product has no price, a configurable no
     * weight), and a bundle has its own pricing attributes.
     */
    public Map<String, Object> attributes() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("type_id", type.code());
        row.put("name", name);
        row.put("description", description);
        row.put("short_description", shortDescription);
        if (type.hasWeight()) {
            row.put("weight", Decimals.db(weight));
        }
        row.put("news_from_date", null);
        row.put("old_id", null);
        row.put("news_to_date", null);
        row.put("status", "1");
        row.put("url_key", urlKey);
        row.put("visibility", Integer.toString(visibility));
        row.put("country_of_manufacture", null);
        row.put("url_path", urlKey + ".html");
        row.put("category_ids", categoryIdStrings());
        boolean hasOptions = type == ProductType.CONFIGURABLE || type == ProductType.BUNDLE;
        row.put("required_options", hasOptions ? "1" : "0");
        row.put("has_options", hasOptions ? "1" : "0");
        row.put("image_label", null);
        row.put("small_image_label", null);
        row.put("thumbnail_label", null);
        row.put("created_at", DbTime.format(createdAt));
        row.put("updated_at", DbTime.format(updatedAt));
        if (type == ProductType.BUNDLE) {
            row.put("price_type", "0");
            row.put("sku_type", "0");
            row.put("weight_type", "0");
            row.put("shipment_type", "0");
        }
        if (type.hasPrice()) {
            row.put("price", Decimals.db(price));
            row.put("group_price", List.of());
            row.put("special_price", null);
            row.put("special_from_date", null);
            row.put("minimal_price", null);
            row.put("special_to_date", null);
            row.put("tier_price", List.of());
            row.put("msrp_enabled", "2");
            row.put("msrp_display_actual_price_type", "4");
            row.put("msrp", null);
            row.put("tax_class_id", "2");
        }
        if (type == ProductType.BUNDLE) {
            row.put("price_view", "0");
        }
        row.put("meta_title", null);
        row.put("meta_keyword", null);
        row.put("meta_description", null);
        if (type == ProductType.SIMPLE || type == ProductType.VIRTUAL) {
            row.put("is_recurring", "0");
            row.put("recurring_profile", null);
        }
        row.put("custom_design", null);
        row.put("custom_design_from", null);
        row.put("custom_design_to", null);
        row.put("custom_layout_update", null);
        row.put("page_layout", "one_column");
        row.put("options_container", "container1");
        row.put("gift_message_available", null);
        return row;
    }
}
