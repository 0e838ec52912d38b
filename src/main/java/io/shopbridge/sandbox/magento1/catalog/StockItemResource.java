package io.shopbridge.sandbox.magento1.catalog;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import io.shopbridge.sandbox.magento1.api.ApiMethod;
import io.shopbridge.sandbox.magento1.api.ApiResource;
import io.shopbridge.sandbox.magento1.api.FaultTable;
import io.shopbridge.sandbox.magento1.api.FaultTable.Definition;
import io.shopbridge.sandbox.magento1.shop.Catalog;
import io.shopbridge.sandbox.magento1.shop.Decimals;
import io.shopbridge.sandbox.magento1.shop.Php;
import io.shopbridge.sandbox.magento1.shop.Product;
import io.shopbridge.sandbox.magento1.shop.Shop;
import io.shopbridge.sandbox.magento1.shop.StockItem;
import io.shopbridge.sandbox.magento1.shop.StockItemChange;

/** {@code cataloginventory_stock_item} (alias {@code product_stock}): {@code Mage_CatalogInventory_Model_Stock_Item_Api}. */
public final class StockItemResource implements ApiResource {

    static final FaultTable FAULTS = new FaultTable(Map.of(
            "not_exists", new Definition(101, "Product not exists."),
            "not_updated", new Definition(102, "Product inventory not updated. Details in error message.")));

    private final Shop shop;

    public StockItemResource(Shop shop) {
        this.shop = shop;
    }

    @Override
    public String name() {
        return "cataloginventory_stock_item";
    }

    @Override
    public Set<String> aliases() {
        return Set.of("product_stock");
    }

    @Override
    public Map<String, ApiMethod> methods() {
        return Map.of(
                "list", args -> list(args.get(0)),
                "update", args -> update(args.get(0), args.get(1)));
    }

    /** {@code list(productIds)}: ids or skus (one value counts as a list of one); unknown ones are left out. */
    private List<Map<String, Object>> list(Object productIds) {
        Catalog catalog = shop.catalog();
        List<?> wanted = productIds instanceof List<?> list ? list
                : productIds instanceof Map<?, ?> map ? List.copyOf(map.values()) : List.of(productIds);
        return wanted.stream()
                .map(value -> ProductLookup.bySkuThenId(catalog, value))
                .flatMap(Optional::stream)
                .distinct()
                .sorted((left, right) -> Long.compare(left.id(), right.id()))
                .map(product -> {
                    StockItem item = catalog.stockItem(product.id());
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("product_id", Long.toString(product.id()));
                    row.put("sku", product.sku());
                    row.put("qty", Decimals.db(item.qty()));
                    row.put("is_in_stock", item.inStock() ? "1" : "0");
                    return row;
                })
                .toList();
    }

    /**
     * {@code update(product, data)}: the product is looked up as a sku first, then as an id; of {@code data} only
     * {@code qty, is_in_stock, manage_stock, use_config_manage_stock, backorders, use_config_backorders} count, each
     * when set. The product is saved even with nothing to change, so its {@code updated_at} moves.
     */
    private Boolean update(Object productId, Object data) {
        Catalog catalog = shop.catalog();
        Product product = ProductLookup.bySkuThenId(catalog, productId)
                .orElseThrow(() -> FAULTS.fault("not_exists"));
        Map<?, ?> fields = data instanceof Map<?, ?> map ? map : Map.of();
        shop.updateStock(product, new StockItemChange(
                field(fields, "qty", Php::toFloat),
                field(fields, "is_in_stock", StockItemResource::truthy),
                field(fields, "manage_stock", StockItemResource::truthy),
                field(fields, "use_config_manage_stock", StockItemResource::truthy),
                field(fields, "backorders", value -> Php.toFloat(value).intValue()),
                field(fields, "use_config_backorders", StockItemResource::truthy)));
        return true;
    }

    /** {@code isset($data[$name])}: present and not null. */
    private static <T> Optional<T> field(Map<?, ?> data, String name, Function<Object, T> cast) {
        return Optional.ofNullable(data.get(name)).map(cast);
    }

    /** A flag column: MySQL stores the value's number, so anything but a non-zero number is 0. */
    private static Boolean truthy(Object value) {
        return Php.toFloat(value).compareTo(BigDecimal.ZERO) != 0;
    }
}
