package io.shopbridge.magento;

/** The Magento binding models (each has its table: dots become underscores). */
public final class MagentoModels {

    public static final String SALE_ORDER = "magento.sale.order";
    public static final String SALE_ORDER_LINE = "magento.sale.order.line";
    public static final String ACCOUNT_INVOICE = "magento.account.invoice";
    public static final String STOCK_PICKING = "magento.stock.picking";
    public static final String STOCK_PICKING_TRACK = "magento.stock.picking.track";
    public static final String PARTNER_CATEGORY = "magento.res.partner.category";
    public static final String PARTNER = "magento.res.partner";
    public static final String ADDRESS = "magento.address";
    public static final String PRODUCT_CATEGORY = "magento.product.category";
    public static final String PRODUCT = "magento.product.product";

    private MagentoModels() {
    }
}
