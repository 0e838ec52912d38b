package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The category tree, products and stock of a fresh sandbox, with the ids, skus and prices of the sample shop of the m1
 * captures. The tree has gaps in its ids (no 3, 9, 10…) and goes three levels below the store root, so a category
 * comes before its parent in any import by id; there is a product of every type, and each seed order's skus.
 */
public final class SeedCatalog {

    public static final long ROOT = 1;
    public static final long EYEWEAR = 18;
    public static final long SALE = 8;
    public static final long SALE_WOMEN = 26;
    public static final long AVIATOR = 337;
    public static final long PILLOW_OUT_OF_STOCK = 382;
    public static final long VIRTUAL = 563;
    public static final long CONFIGURABLE = 408;
    public static final long GROUPED = 555;
    public static final long BUNDLE = 447;
    public static final long CONFIGURABLE_CHILD = 879;

    private static final LocalDateTime TREE_CREATED = LocalDateTime.of(2013, 1, 14, 10, 12, 53);
    private static final LocalDateTime CATEGORIES_CREATED = LocalDateTime.of(2013, 1, 25, 11, 49, 5);
    private static final LocalDateTime PRODUCTS_CREATED = LocalDateTime.of(2013, 3, 5, 5, 48, 17);
    private static final LocalDateTime PRODUCTS_UPDATED = LocalDateTime.of(2013, 3, 20, 16, 45, 10);

    private SeedCatalog() {
    }

    static void seed(Catalog catalog) {
        catalog.addCategory(new Category(ROOT, 0, 0, "Root Catalog", null, null, null, null, null, TREE_CREATED,
                TREE_CREATED));
        catalog.addCategory(new Category(2, ROOT, 1, "Default Category", true, null, "PRODUCTS_AND_PAGE", false,
                null, TREE_CREATED, LocalDateTime.of(2013, 5, 15, 22, 43, 57)));
        category(catalog, 4, 2, 1, "Women", "women");
        category(catalog, 13, 4, 3, "Dresses & Skirts", "dresses-skirts");
        category(catalog, 11, 4, 1, "Tops & Blouses", "tops-blouses");
        category(catalog, 5, 2, 2, "Men", "men");
        category(catalog, 16, 5, 2, "Tees, Knits and Polos", "tees-knits-polos");
        category(catalog, 6, 2, 4, "Accessories", "accessories");
        category(catalog, EYEWEAR, 6, 1, "Eyewear", "eyewear");
        category(catalog, 19, 6, 2, "Jewelry", "jewelry");
        category(catalog, 7, 2, 5, "Home & Decor", "home-decor");
        category(catalog, 22, 7, 1, "Books & Music", "books-music");
        category(catalog, 23, 7, 2, "Bed & Bath", "bed-bath");
        category(catalog, SALE, 2, 6, "Sale", "sale");
        category(catalog, SALE_WOMEN, SALE, 1, "Women", "women");
        category(catalog, 29, SALE, 4, "Home & Decor", "home-decor");

        simple(catalog, AVIATOR, "ace000", "Aviator Sunglasses", "295.00", 11, List.of(EYEWEAR), "100");
        simple(catalog, 338, "ace001", "Jackie O Round Sunglasses", "225.00", 11, List.of(EYEWEAR, SALE_WOMEN), "25");
        simple(catalog, 370, "abl004", "Houston Travel Wallet", "210.00", 11, List.of(6L), "12");
        simple(catalog, 401, "msj000", "French Cuff Cotton Twill Oxford", "190.00", 13, List.of(16L), "40");
        simple(catalog, 433, "hde001", "Madison LX2200", "425.00", 16, List.of(7L), "5");
        simple(catalog, 381, "hdb005", "Titian Raw Silk Pillow", "125.00", 16, List.of(23L), "18");
        simple(catalog, PILLOW_OUT_OF_STOCK, "hdb006", "Shay Printed Pillow", "210.00", 16, List.of(23L), "0");
        simple(catalog, 385, "hdb009", "Gramercy Throw", "275.00", 16, List.of(23L, 29L), "7");
        simple(catalog, 512, "wbk003xs", "Tori Tank-XS", "60.00", 13, List.of(), "30");
        simple(catalog, 302, "wsd005xs", "Racer Back Maxi Dress-XS", "224.00", 13, List.of(), "9");
        simple(catalog, CONFIGURABLE_CHILD, "wbk000c-Pink-L", "NoLIta Cami-Pink-L", "150.00", 13, List.of(), "30");
        product(catalog, new Product(VIRTUAL, "hbm010", ProductType.VIRTUAL, 10, "Fire [Kalima remix]",
                "Downloadable as mp3.", "Tunes for the trip.", new BigDecimal("2.00"), null, 4, "fire-kalima-remix",
                List.of(22L), PRODUCTS_CREATED, PRODUCTS_UPDATED), "999");
        container(catalog, CONFIGURABLE, "mtk000c", ProductType.CONFIGURABLE, "Chelsea Tee", "75.00", List.of(16L));
        container(catalog, 418, "wbk003", ProductType.CONFIGURABLE, "Tori Tank", "60.00", List.of(11L));
        container(catalog, 423, "wsd005", ProductType.CONFIGURABLE, "Racer Back Maxi Dress", "224.00",
                List.of(13L));
        container(catalog, GROUPED, "acj007", ProductType.GROUPED, "Pearl Necklace Set", null, List.of(19L));
        container(catalog, BUNDLE, "hdb010", ProductType.BUNDLE, "Pillow and Throw Set", null, List.of(7L, 23L));
    }

    private static void category(Catalog catalog, long id, long parentId, int position, String name,
            String urlKey) {
        catalog.addCategory(new Category(id, parentId, position, name, true, urlKey, "PRODUCTS", true,
                "three_columns", CATEGORIES_CREATED.plusMinutes(id), LocalDateTime.of(2013, 5, 6, 4, 17, 0)));
    }

    private static void simple(Catalog catalog, long id, String sku, String name, String price, long attributeSet,
            List<Long> categories, String qty) {
        // children of configurables (no category) are "not visible individually"
        int visibility = categories.isEmpty() ? 1 : 4;
        product(catalog, new Product(id, sku, ProductType.SIMPLE, attributeSet, name, name + ".", name + ".",
                new BigDecimal(price), BigDecimal.ONE, visibility, urlKey(name), categories,
                PRODUCTS_CREATED.plusSeconds(id), PRODUCTS_UPDATED), qty);
    }

    /** Configurable, grouped and bundle products: no qty of their own, in stock through their children. */
    private static void container(Catalog catalog, long id, String sku, ProductType type, String name, String price,
            List<Long> categories) {
        product(catalog, new Product(id, sku, type, 13, name, name + ".", name + ".",
                price == null ? null : new BigDecimal(price), null, 4, urlKey(name), categories,
                PRODUCTS_CREATED.plusSeconds(id), PRODUCTS_UPDATED), "0");
    }

    private static void product(Catalog catalog, Product product, String qty) {
        catalog.addProduct(product, StockItem.of(product.id(), qty, !product.type().hasQty() || !"0".equals(qty)));
    }

    private static String urlKey(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
