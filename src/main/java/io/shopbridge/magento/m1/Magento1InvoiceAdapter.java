package io.shopbridge.magento.m1;

import jakarta.inject.Singleton;

import io.shopbridge.magento.MagentoModels;

/** Invoices on Magento 1.x: {@code sales_order_invoice.create}, keyed by the order increment id. */
@Singleton
public class Magento1InvoiceAdapter extends Magento1OrderDocumentAdapter {

    @Override
    public String model() {
        return MagentoModels.ACCOUNT_INVOICE;
    }

    @Override
    protected String resource() {
        return "sales_order_invoice";
    }

    @Override
    protected String noun() {
        return "invoice";
    }
}
