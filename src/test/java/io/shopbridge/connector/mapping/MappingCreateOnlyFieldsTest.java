package io.shopbridge.connector.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A create-only field is mapped for a create and left out of an update; computed fields are mapped for both. */
class MappingCreateOnlyFieldsTest {

    record Product(String sku, String name) {
    }

    record ShopProduct(String sku, String name, String urlKey) {
    }

    private static final Field<String> SKU = Field.named("sku");
    private static final Field<String> NAME = Field.named("name");
    private static final Field<String> URL_KEY = Field.named("url_key");

    private static final Mapping<Product, ShopProduct> MAPPING = Mapping.<Product, ShopProduct>into(
            v -> new ShopProduct(v.get(SKU), v.get(NAME), v.get(URL_KEY)))
            .direct(SKU, Product::sku)
            .direct(NAME, Product::name)
            .computed(URL_KEY, (context, product) -> product.name().toLowerCase().replace(' ', '-'))
            .createOnly(SKU, URL_KEY);

    @Test
    void aCreateMapsEveryField() {
        assertEquals(new ShopProduct("ace000", "Aviator Sunglasses", "aviator-sunglasses"),
                MAPPING.map(MapContexts.forCreate(Map.of()), new Product("ace000", "Aviator Sunglasses")));
    }

    @Test
    void anUpdateLeavesCreateOnlyFieldsOut() {
        assertEquals(new ShopProduct(null, "Aviator Sunglasses", null),
                MAPPING.map(MapContexts.forUpdate(Map.of()), new Product("ace000", "Aviator Sunglasses")));
    }

    @Test
    void onlyAMappedFieldCanBeCreateOnly() {
        assertThrows(IllegalArgumentException.class, () -> Mapping.<Product, ShopProduct>into(v -> null)
                .createOnly(SKU));
    }
}
