package io.shopbridge.sandbox.magento1.catalog;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.shopbridge.sandbox.magento1.api.ApiMethod;
import io.shopbridge.sandbox.magento1.api.ApiResource;
import io.shopbridge.sandbox.magento1.api.AttributeSelection;
import io.shopbridge.sandbox.magento1.api.CollectionFilter;
import io.shopbridge.sandbox.magento1.api.FaultTable;
import io.shopbridge.sandbox.magento1.api.FaultTable.Definition;
import io.shopbridge.sandbox.magento1.shop.Product;
import io.shopbridge.sandbox.magento1.shop.ProductType;
import io.shopbridge.sandbox.magento1.shop.Shop;

/** {@code catalog_product} (alias {@code product}): {@code Mage_Catalog_Model_Product_Api}, read side. */
public final class CatalogProductResource implements ApiResource {

    /**
     * The 1.7 block. It has no {@code filters_invalid}, which {@code list} raises for a bad filter: that name falls
     * back to the global faults, which lack it too, so a bad filter answers {@code 0 Unknown Error}.
     */
    static final FaultTable FAULTS = new FaultTable(Map.of(
            "store_not_exists", new Definition(100, "Requested store view not found."),
            "product_not_exists", new Definition(101, "Product not exists."),
            "data_invalid", new Definition(102, "Invalid data given. Details in error message."),
            "not_deleted", new Definition(103, "Product not deleted. Details in error message."),
            "product_type_not_exists", new Definition(104, "Product type is not in allowed types.")));

    private static final Map<String, String> FILTER_ALIASES = Map.of("product_id", "entity_id",
            "set", "attribute_set_id", "type", "type_id");

    private final Shop shop;
    private final CollectionFilter filter;

    public CatalogProductResource(Shop shop) {
        this.shop = shop;
        Set<String> attributes = new HashSet<>();
        for (ProductType type : ProductType.values()) {
            attributes.addAll(Product.attributeCodes(type));
        }
        attributes.addAll(List.of("entity_id", "sku", "attribute_set_id"));
        this.filter = CollectionFilter.eav(FILTER_ALIASES, attributes,
                message -> FAULTS.fault("filters_invalid", message));
    }

    @Override
    public String name() {
        return "catalog_product";
    }

    @Override
    public Set<String> aliases() {
        return Set.of("product");
    }

    @Override
    public Map<String, ApiMethod> methods() {
        return Map.of(
                "list", args -> list(args.get(0), args.get(1)),
                "info", args -> info(args.get(0), args.get(1), args.get(2), args.get(3)));
    }

    /** {@code list(filters = null, store = null)}: a few fields per product of the store's website. */
    private List<Map<String, Object>> list(Object filters, Object store) {
        StoreViews.require(store, FAULTS);
        return filter.apply(filters, shop.catalog().products(), CatalogProductResource::filterRow).stream()
                .map(product -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("product_id", Long.toString(product.id()));
                    row.put("sku", product.sku());
                    row.put("name", product.name());
                    row.put("set", Long.toString(product.attributeSetId()));
                    row.put("type", product.type().code());
                    row.put("category_ids", product.categoryIdStrings());
                    row.put("website_ids", List.of("1"));
                    return row;
                })
                .toList();
    }

    /** {@code info(product, store = null, attributes = null, identifierType = null)}. */
    private Map<String, Object> info(Object productId, Object store, Object attributes, Object identifierType) {
        StoreViews.require(store, FAULTS);
        Product product = ProductLookup.byIdentifier(shop.catalog(), productId, identifierType)
                .orElseThrow(() -> FAULTS.fault("product_not_exists"));
        Map<String, Object> basics = new LinkedHashMap<>();
        basics.put("product_id", Long.toString(product.id()));
        basics.put("sku", product.sku());
        basics.put("set", Long.toString(product.attributeSetId()));
        basics.put("type", product.type().code());
        basics.put("categories", product.categoryIdStrings());
        basics.put("websites", List.of("1"));
        return AttributeSelection.from(attributes).putSelected(product.attributes(), basics);
    }

    private static Map<String, Object> filterRow(Product product) {
        Map<String, Object> row = new LinkedHashMap<>(product.attributes());
        row.put("entity_id", Long.toString(product.id()));
        row.put("sku", product.sku());
        row.put("attribute_set_id", Long.toString(product.attributeSetId()));
        return row;
    }
}
