package io.shopbridge.magento.product;

import static io.shopbridge.connector.mapping.Converters.erpId;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.mapping.Field;
import io.shopbridge.connector.mapping.ImportMapper;
import io.shopbridge.connector.mapping.Mapping;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/**
 * Magento product → ERP product: the sku is the ERP code, a virtual or downloadable product is a service; the ERP product has one
 * category, the first of the product's (imported before it).
 */
@Singleton
public class ProductMapper implements ImportMapper<MagentoProduct, ErpProduct> {

    static final String VIRTUAL = "virtual";
    /** A virtual product with files to download (Mage_Downloadable, in 1.7 as in 1.9): nothing to ship either. */
    static final String DOWNLOADABLE = "downloadable";
    private static final Set<String> SERVICES = Set.of(VIRTUAL, DOWNLOADABLE);

    private static final Field<String> CODE = Field.named("default_code");
    private static final Field<String> NAME = Field.named("name");
    private static final Field<String> TYPE = Field.named("type");
    private static final Field<BigDecimal> PRICE = Field.named("list_price");
    private static final Field<BigDecimal> WEIGHT = Field.named("weight");
    private static final Field<String> DESCRIPTION = Field.named("description");
    private static final Field<Boolean> ACTIVE = Field.named("active");
    private static final Field<Long> CATEGORY = Field.named("categ_id");

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.PRODUCT;
    }

    @Override
    public Mapping<MagentoProduct, ErpProduct> mapping() {
        return Mapping.<MagentoProduct, ErpProduct>into(v -> new ErpProduct(v.get(CODE), v.get(NAME), v.get(TYPE),
                v.get(PRICE), v.get(WEIGHT), v.get(DESCRIPTION), v.get(ACTIVE), v.get(CATEGORY)))
                .direct(CODE, MagentoProduct::sku)
                .direct(NAME, MagentoProduct::name)
                .direct(TYPE, product -> SERVICES.contains(product.type()) ? "service" : "product")
                .direct(PRICE, product -> product.price() == null ? BigDecimal.ZERO : product.price())
                .direct(WEIGHT, MagentoProduct::weight)
                .direct(DESCRIPTION, MagentoProduct::description)
                .direct(ACTIVE, MagentoProduct::enabled)
                .direct(CATEGORY, product -> product.categoryIds().stream().findFirst().orElse(null),
                        erpId(MagentoModels.PRODUCT_CATEGORY));
    }
}
