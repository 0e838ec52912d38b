package io.shopbridge.magento.invoice;

import jakarta.inject.Singleton;

import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.order.OrderDocumentMapper;

/** ERP invoice → Magento invoice, commented {@code Invoice <number>}. */
@Singleton
public class InvoiceMapper extends OrderDocumentMapper<ErpInvoice> {

    @Override
    public String model() {
        return MagentoModels.ACCOUNT_INVOICE;
    }

    @Override
    protected String commentPrefix() {
        return "Invoice";
    }
}
