package io.shopbridge.magento.invoice;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.TableBinder;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/** Binds ERP invoices to Magento invoices (M1: the invoice increment id; M2: its entity id). */
@Singleton
public class InvoiceBinder extends TableBinder {

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.ACCOUNT_INVOICE;
    }
}
