package io.shopbridge.magento.product;

import java.util.Optional;
import java.util.Set;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.db.Statements;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.connector.sync.GenericImporter;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/**
 * Imports simple, virtual and downloadable Magento products, their category first. Configurable, bundle and grouped products are
 * refused: they are no goods of their own (an order line carries the simple product chosen). A product whose sku the
 * ERP has already (made in the ERP, or imported from another shop) is linked, not made twice.
 */
@Singleton
public class ProductImporter extends GenericImporter<MagentoProduct, ErpProduct> {

    private static final Set<String> IMPORTED_TYPES = Set.of("simple", ProductMapper.VIRTUAL, ProductMapper.DOWNLOADABLE);

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.PRODUCT;
    }

    @Override
    protected Optional<String> refusal(ConnectorEnvironment env, MagentoProduct product) {
        return IMPORTED_TYPES.contains(product.type()) ? Optional.empty()
                : Optional.of(product.type() + " products are not imported (sku " + product.sku() + ")");
    }

    @Override
    protected void dependencies(ConnectorEnvironment env, MagentoProduct product) {
        product.categoryIds().stream().findFirst()
                .ifPresent(category -> importDependency(env, MagentoModels.PRODUCT_CATEGORY, category));
    }

    @Override
    protected long create(ConnectorEnvironment env, MagentoProduct source, ErpProduct product) {
        Optional<Long> sameSku = Statements.value(env.connection(), Long.class,
                "SELECT id FROM product_product WHERE default_code = ?", product.defaultCode());
        if (sameSku.isPresent()) {
            return update(env, sameSku.get(), source, product);
        }
        return Statements.insert(env.connection(), """
                INSERT INTO product_product (default_code, name, type, list_price, weight, description, active, categ_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", product.defaultCode(), product.name(), product.type(),
                product.listPrice(), product.weight(), product.description(), product.active(), product.categoryId());
    }

    @Override
    protected long update(ConnectorEnvironment env, long erpId, MagentoProduct source, ErpProduct product) {
        Statements.update(env.connection(), """
                UPDATE product_product SET default_code = ?, name = ?, type = ?, list_price = ?, weight = ?,
                    description = ?, active = ?, categ_id = ?
                WHERE id = ?""", product.defaultCode(), product.name(), product.type(), product.listPrice(),
                product.weight(), product.description(), product.active(), product.categoryId(), erpId);
        return erpId;
    }
}
