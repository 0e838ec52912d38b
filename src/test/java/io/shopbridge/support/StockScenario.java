package io.shopbridge.support;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.magento.MagentoModels;

/** An ERP product bound to a Magento product of shop {@value BoundOrders#SHOP}, and its on-hand quantity's changes. */
@ApplicationScoped
public class StockScenario {

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    /** The ERP product and its binding. */
    public record BoundProduct(long productId, String sku, long bindingId) {
    }

    public BoundProduct bind(String magentoProductId) {
        return bind(BoundOrders.SHOP, magentoProductId);
    }

    /** A new ERP product bound to a Magento product of that 1.7 shop, whose backend row exists. */
    public BoundProduct bind(String shop, String magentoProductId) {
        return bind(shop, "1.7", magentoProductId, "STOCK-" + magentoProductId + "-" + System.nanoTime());
    }

    /** A new ERP product bound to a product of the test shop that has a stock item (its SKU the product's). */
    public BoundProduct bind(TestShop shop, TestShop.StockProduct onShop) {
        return bind(shop.id(), shop.version(), onShop.externalId(), onShop.sku());
    }

    private BoundProduct bind(String shop, String version, String magentoProductId, String sku) {
        db.backend(shop, version);
        long product = db.product(sku);
        // an import test may have bound the same shop product already (the sandbox's seed catalog)
        db.update("DELETE FROM magento_product_product WHERE backend_id = ? AND external_id = ?", shop,
                magentoProductId);
        return new BoundProduct(product, sku, db.bindProduct(shop, product, magentoProductId));
    }

    /** Sets the product's on-hand quantity, as the ERP's stock moves would, and waits for the export job it starts. */
    public String setQty(BoundProduct product, String qty) {
        String previous = jobs.latestJobFor("export_stock_qty", MagentoModels.PRODUCT, product.bindingId());
        if (db.update("UPDATE stock_product_qty SET qty_available = ? WHERE id = ?", new BigDecimal(qty),
                product.productId()) == 0) {
            db.update("INSERT INTO stock_product_qty (id, qty_available) VALUES (?, ?)", product.productId(),
                    new BigDecimal(qty));
        }
        return jobs.awaitNewJobFor("export_stock_qty", MagentoModels.PRODUCT, product.bindingId(), previous);
    }
}
