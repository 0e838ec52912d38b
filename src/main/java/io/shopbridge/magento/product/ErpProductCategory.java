package io.shopbridge.magento.product;

/** A product category ({@code product_category}) as an import writes it. */
public record ErpProductCategory(String name, Long parentId) {
}
