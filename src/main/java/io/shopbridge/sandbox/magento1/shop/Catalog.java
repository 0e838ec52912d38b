package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Categories, products and their stock items; reached through {@link Shop#catalog()}, under the shop's lock. */
public final class Catalog {

    private final Map<Long, Category> categories = new LinkedHashMap<>();
    private final Map<Long, Product> products = new LinkedHashMap<>();
    private final Map<Long, StockItem> stock = new LinkedHashMap<>();

    public void addCategory(Category category) {
        if (category.parentId() != 0 && !categories.containsKey(category.parentId())) {
            throw new IllegalArgumentException("Category " + category.id() + " needs its parent first");
        }
        categories.put(category.id(), category);
    }

    public void addProduct(Product product, StockItem stockItem) {
        products.put(product.id(), product);
        stock.put(product.id(), stockItem);
    }

    public Optional<Category> category(long id) {
        return Optional.ofNullable(categories.get(id));
    }

    /** Direct children by position, as the category tree loads them. */
    public List<Category> children(long id) {
        return categories.values().stream()
                .filter(category -> category.parentId() == id)
                .sorted(Comparator.comparingInt(Category::position).thenComparingLong(Category::id))
                .toList();
    }

    /** The category and all below it, depth first: {@code all_children}. */
    public List<Long> selfAndDescendants(long id) {
        List<Long> ids = new ArrayList<>();
        ids.add(id);
        children(id).forEach(child -> ids.addAll(selfAndDescendants(child.id())));
        return ids;
    }

    /** Ids from the tree root down to the category: {@code path} is them joined with {@code /}. */
    public List<Long> pathIds(Category category) {
        List<Long> ids = new ArrayList<>();
        for (Category at = category; at != null; at = categories.get(at.parentId())) {
            ids.add(0, at.id());
        }
        return ids;
    }

    /** {@code url_path}: the url keys from the first level under the store root down, or null above that. */
    public String urlPath(Category category) {
        List<Long> path = pathIds(category);
        if (path.size() < 3) {
            return null;
        }
        return String.join("/", path.subList(2, path.size()).stream()
                .map(id -> categories.get(id).urlKey())
                .toList()) + ".html";
    }

    public List<Product> products() {
        return List.copyOf(products.values());
    }

    public Optional<Product> product(long id) {
        return Optional.ofNullable(products.get(id));
    }

    /** {@code getIdBySku}: MySQL compares the sku column case-insensitively. */
    public Optional<Product> productBySku(String sku) {
        return products.values().stream().filter(product -> product.sku().equalsIgnoreCase(sku)).findFirst();
    }

    public StockItem stockItem(long productId) {
        return stock.get(productId);
    }

    void updateStock(Product product, StockItemChange change, LocalDateTime at) {
        stock.put(product.id(), stock.get(product.id()).saved(change, product.type()));
        products.put(product.id(), product.savedAt(at));
    }

    /** The stock side of an order item's cancellation; products the catalog does not know are skipped. */
    void returnToStock(long productId, BigDecimal qty) {
        stock.computeIfPresent(productId, (id, item) -> item.withQtyBack(qty));
    }

    void clear() {
        categories.clear();
        products.clear();
        stock.clear();
    }
}
