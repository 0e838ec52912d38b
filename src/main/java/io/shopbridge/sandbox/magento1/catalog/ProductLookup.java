package io.shopbridge.sandbox.magento1.catalog;

import java.util.Optional;
import java.util.regex.Pattern;
import io.shopbridge.sandbox.magento1.api.EntityId;
import io.shopbridge.sandbox.magento1.shop.Catalog;
import io.shopbridge.sandbox.magento1.shop.Php;
import io.shopbridge.sandbox.magento1.shop.Product;

/** How the catalog API finds the product a client names: by id, by sku, or by guessing which of the two it is. */
final class ProductLookup {

    private static final Pattern INTEGER = Pattern.compile("^[+-]?[1-9][0-9]*$|^0$");

    private ProductLookup() {
    }

    /**
     * {@code Mage_Catalog_Helper_Product::getProduct}: with no identifier type, a string that is not an integer is a
     * sku (an XML-RPC int or an integer string is an id); type {@code sku} looks up the sku only.
     */
    static Optional<Product> byIdentifier(Catalog catalog, Object product, Object identifierType) {
        boolean skuExpected = identifierType == null && product instanceof String text
                && !INTEGER.matcher(text).matches();
        boolean skuGiven = "sku".equals(Php.toStr(identifierType));
        if (skuGiven || skuExpected) {
            Optional<Product> bySku = catalog.productBySku(Php.toStr(product));
            if (bySku.isPresent() || skuGiven) {
                return bySku;
            }
        }
        return byId(catalog, product);
    }

    /** {@code getIdBySku} first, then the value as an id: what the stock item API does with every product it names. */
    static Optional<Product> bySkuThenId(Catalog catalog, Object product) {
        return catalog.productBySku(Php.toStr(product)).or(() -> byId(catalog, product));
    }

    private static Optional<Product> byId(Catalog catalog, Object product) {
        return EntityId.find(product, catalog::product);
    }
}
