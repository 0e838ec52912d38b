package io.shopbridge.sandbox.magento1.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import io.shopbridge.sandbox.magento1.api.ApiMethod;
import io.shopbridge.sandbox.magento1.api.ApiResource;
import io.shopbridge.sandbox.magento1.api.AttributeSelection;
import io.shopbridge.sandbox.magento1.api.EntityId;
import io.shopbridge.sandbox.magento1.api.FaultTable;
import io.shopbridge.sandbox.magento1.api.FaultTable.Definition;
import io.shopbridge.sandbox.magento1.shop.Catalog;
import io.shopbridge.sandbox.magento1.shop.Category;
import io.shopbridge.sandbox.magento1.shop.DbTime;
import io.shopbridge.sandbox.magento1.shop.Shop;
import io.shopbridge.sandbox.magento1.shop.ShopException;

/** {@code catalog_category} (alias {@code category}): {@code Mage_Catalog_Model_Category_Api}, read side. */
public final class CatalogCategoryResource implements ApiResource {

    static final FaultTable FAULTS = new FaultTable(Map.of(
            "store_not_exists", new Definition(100, "Requested store view not found."),
            "website_not_exists", new Definition(101, "Requested website not found."),
            "not_exists", new Definition(102, "Category not exists."),
            "data_invalid", new Definition(103, "Invalid data given. Details in error message.")));

    private final Shop shop;

    public CatalogCategoryResource(Shop shop) {
        this.shop = shop;
    }

    @Override
    public String name() {
        return "catalog_category";
    }

    @Override
    public Set<String> aliases() {
        return Set.of("category");
    }

    @Override
    public Map<String, ApiMethod> methods() {
        return Map.of(
                "tree", args -> tree(args.get(0), args.get(1)),
                "info", args -> info(args.get(0), args.get(1), args.get(2)));
    }

    /**
     * {@code tree(parentId = 1, store = null)}: nested nodes of string fields; tree root 1 is renamed "Root". An
     * unknown parent has no node, and {@code _nodeToArray(null)} is a PHP catchable fatal error (fault 1).
     */
    private Map<String, Object> tree(Object parentId, Object store) {
        StoreViews.require(store, FAULTS);
        long rootId = parentId == null ? 1 : EntityId.of(parentId).orElse(0);
        Catalog catalog = shop.catalog();
        Category root = catalog.category(rootId).orElseThrow(() -> new ShopException("Argument 1 passed to"
                + " Mage_Catalog_Model_Category_Api::_nodeToArray() must be an instance of Varien_Data_Tree_Node,"
                + " null given"));
        return node(catalog, root);
    }

    private Map<String, Object> node(Catalog catalog, Category category) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("category_id", Long.toString(category.id()));
        node.put("parent_id", Long.toString(category.parentId()));
        node.put("name", category.id() == 1 ? "Root" : category.name());
        node.put("is_active", flag(category.isActive()));
        node.put("position", Integer.toString(category.position()));
        node.put("level", Integer.toString(catalog.pathIds(category).size() - 1));
        node.put("children", catalog.children(category.id()).stream().map(child -> node(catalog, child)).toList());
        return node;
    }

    /**
     * {@code info(categoryId, store = null, attributes = null)}: the basic fields, then the attributes in attribute
     * order; {@code parent_id} is a PHP int ({@code intval} of the last parent id), the rest strings or NULL.
     */
    private Map<String, Object> info(Object categoryId, Object store, Object attributes) {
        StoreViews.require(store, FAULTS);
        Catalog catalog = shop.catalog();
        Category category = EntityId.find(categoryId, catalog::category)
                .orElseThrow(() -> FAULTS.fault("not_exists"));
        List<Long> path = catalog.pathIds(category);
        List<Long> all = catalog.selfAndDescendants(category.id());
        boolean isTreeRoot = category.parentId() == 0;
        Map<String, Object> basics = new LinkedHashMap<>();
        basics.put("category_id", Long.toString(category.id()));
        basics.put("is_active", flag(category.isActive()));
        basics.put("position", Integer.toString(category.position()));
        basics.put("level", Integer.toString(path.size() - 1));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("parent_id", (int) category.parentId());
        values.put("increment_id", null);
        values.put("created_at", DbTime.format(category.createdAt()));
        values.put("updated_at", DbTime.format(category.updatedAt()));
        values.put("name", category.name());
        values.put("url_key", category.urlKey());
        values.put("thumbnail", null);
        values.put("description", null);
        values.put("image", null);
        values.put("meta_title", null);
        values.put("meta_keywords", null);
        values.put("meta_description", null);
        values.put("include_in_menu", "1");
        values.put("path", path.stream().map(String::valueOf).collect(Collectors.joining("/")));
        values.put("all_children", joined(all));
        values.put("path_in_store", null);
        values.put("children", joined(catalog.children(category.id()).stream().map(Category::id).toList()));
        values.put("url_path", catalog.urlPath(category));
        values.put("children_count", Integer.toString(all.size() - 1));
        values.put("display_mode", category.displayMode());
        values.put("landing_page", null);
        values.put("is_anchor", flag(category.isAnchor()));
        values.put("available_sort_by", null);
        values.put("default_sort_by", null);
        values.put("filter_price_range", null);
        values.put("custom_use_parent_settings", isTreeRoot ? null : "0");
        values.put("custom_apply_to_products", isTreeRoot ? null : "0");
        values.put("custom_design", null);
        values.put("custom_design_from", null);
        values.put("custom_design_to", null);
        values.put("page_layout", category.pageLayout());
        values.put("custom_layout_update", null);
        // set again after the attribute loop, so present whatever attributes were asked for
        Map<String, Object> info = AttributeSelection.from(attributes).putSelected(values, basics);
        info.put("parent_id", values.get("parent_id"));
        info.put("children", values.get("children"));
        info.put("all_children", values.get("all_children"));
        return info;
    }

    private static String joined(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String flag(Boolean value) {
        return value == null ? null : value ? "1" : "0";
    }
}
