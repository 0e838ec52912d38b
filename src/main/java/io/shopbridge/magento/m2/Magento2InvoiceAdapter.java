package io.shopbridge.magento.m2;

import java.util.Map;

import jakarta.inject.Singleton;

import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.order.OrderDocumentExport;

/** Invoices on Magento 2: {@code POST /V1/order/{entity id}/invoice}, not captured online ({@code capture: false}). */
@Singleton
public class Magento2InvoiceAdapter extends Magento2OrderDocumentAdapter {

    @Override
    public String model() {
        return MagentoModels.ACCOUNT_INVOICE;
    }

    @Override
    protected String action() {
        return "invoice";
    }

    @Override
    protected String searchPath() {
        return "invoices";
    }

    @Override
    protected String readPath() {
        return "invoices";
    }

    @Override
    protected String noun() {
        return "invoice";
    }

    @Override
    protected Map<String, Object> body(OrderDocumentExport document) {
        Map<String, Object> body = super.body(document);
        body.put("capture", false);
        return body;
    }
}
