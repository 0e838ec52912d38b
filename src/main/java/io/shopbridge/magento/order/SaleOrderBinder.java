package io.shopbridge.magento.order;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.TableImportBinder;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/** Binds ERP sale orders to Magento orders (M1: the order increment id, which every M1 call takes). */
@Singleton
public class SaleOrderBinder extends TableImportBinder {

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.SALE_ORDER;
    }
}
