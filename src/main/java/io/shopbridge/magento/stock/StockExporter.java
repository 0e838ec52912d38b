package io.shopbridge.magento.stock;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.Binding;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.connector.sync.GenericExporter;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/**
 * Exports a bound product's on-hand quantity to its Magento stock item. Setting a quantity is idempotent: a retry
 * sets it again, to what the ERP has then.
 */
@Singleton
public class StockExporter extends GenericExporter<ErpStock, StockExport> {

    @Inject
    StockRecordReader reader;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.PRODUCT;
    }

    @Override
    protected Optional<String> skip(ConnectorEnvironment env, Binding binding) {
        return binding.isBound() ? Optional.empty()
                : Optional.of("product " + binding.erpId() + " is not on " + env.backend().id() + " yet");
    }

    @Override
    protected ErpStock read(ConnectorEnvironment env, Binding binding) {
        return reader.read(env, binding.erpId());
    }

    @Override
    protected String after(ConnectorEnvironment env, Binding binding, ErpStock stock, Synced synced) {
        return "stock of " + stock.sku() + " set to " + stock.qtyAvailable().stripTrailingZeros().toPlainString()
                + " on " + env.backend().id() + " (product " + synced.externalId() + ")";
    }
}
