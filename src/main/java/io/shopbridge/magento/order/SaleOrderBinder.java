package io.shopbridge.magento.order;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.Binding;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.connector.binding.TableImportBinder;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/**
 * Binds ERP sale orders to Magento orders by what the version's sales calls take: 1.7 the order increment id, 2.x the
 * entity id.
 */
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

    /** The order's Magento id; fails the job when the order is not bound (a document of it cannot be exported). */
    public String requireBound(ConnectorEnvironment env, long orderId, String document) {
        return forErp(env, orderId).filter(Binding::isBound).map(Binding::externalId)
                .orElseThrow(() -> new PermanentJobError("sale.order " + orderId + " of " + document
                        + " is not bound to a Magento order of backend " + env.backend().id()));
    }
}
