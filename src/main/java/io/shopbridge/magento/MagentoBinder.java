package io.shopbridge.magento;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.TableImportBinder;

/** A binder of imported records for every Magento version; a subclass names its model (and so its table). */
public abstract class MagentoBinder extends TableImportBinder {

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }
}
