package io.shopbridge.magento.stock;

import java.math.BigDecimal;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.mapping.ExportMapper;
import io.shopbridge.connector.mapping.Field;
import io.shopbridge.connector.mapping.Mapping;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/** ERP on-hand quantity → Magento stock item: the quantity, in stock while some is on hand. */
@Singleton
public class StockMapper implements ExportMapper<ErpStock, StockExport> {

    private static final Field<String> SKU = Field.named("sku");
    private static final Field<BigDecimal> QTY = Field.named("qty");
    private static final Field<Boolean> IN_STOCK = Field.named("is_in_stock");

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.PRODUCT;
    }

    @Override
    public Mapping<ErpStock, StockExport> mapping() {
        return Mapping.<ErpStock, StockExport>into(v -> new StockExport(v.get(SKU), v.get(QTY), v.get(IN_STOCK)))
                .direct(SKU, ErpStock::sku)
                .direct(QTY, ErpStock::qtyAvailable)
                .computed(IN_STOCK, (context, stock) -> stock.qtyAvailable().signum() > 0);
    }
}
