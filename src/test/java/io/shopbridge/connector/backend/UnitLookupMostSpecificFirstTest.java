package io.shopbridge.connector.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.adapter.BackendAdapter;
import io.shopbridge.connector.binding.Binder;
import io.shopbridge.connector.mapping.ExportMapper;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.invoice.InvoiceBinder;
import io.shopbridge.magento.invoice.InvoiceMapper;
import io.shopbridge.magento.invoice.Magento17InvoiceMapper;
import io.shopbridge.magento.m1.Magento1InvoiceAdapter;
import io.shopbridge.magento.m2.Magento2InvoiceAdapter;

@QuarkusTest
class UnitLookupMostSpecificFirstTest {

    @Inject
    UnitRegistry units;

    @Inject
    BackendCatalog catalog;

    @Test
    void theOverrideFor17WinsOverTheGenericUnit() {
        ExportMapper mapper = units.unit(ExportMapper.class, MagentoModels.ACCOUNT_INVOICE, MagentoBackends.MAGENTO_17);
        assertEquals(Magento17InvoiceMapper.class, mapper.getClass());
    }

    @Test
    void theGenericUnitServes2x() {
        ExportMapper mapper = units.unit(ExportMapper.class, MagentoModels.ACCOUNT_INVOICE, MagentoBackends.MAGENTO_2X);
        assertEquals(InvoiceMapper.class, mapper.getClass());
        assertEquals(InvoiceBinder.class,
                units.unit(Binder.class, MagentoModels.ACCOUNT_INVOICE, MagentoBackends.MAGENTO_2X).getClass());
    }

    @Test
    void eachVersionGetsItsOwnAdapterNeverItsSiblings() {
        assertEquals(Magento1InvoiceAdapter.class,
                units.unit(BackendAdapter.class, MagentoModels.ACCOUNT_INVOICE, MagentoBackends.MAGENTO_17).getClass());
        assertEquals(Magento2InvoiceAdapter.class,
                units.unit(BackendAdapter.class, MagentoModels.ACCOUNT_INVOICE, MagentoBackends.MAGENTO_2X).getClass());
    }

    @Test
    void aUnitNoBackendOfTheLineHasIsNotFound() {
        UnitNotFoundException missing = assertThrows(UnitNotFoundException.class,
                () -> units.unit(BackendAdapter.class, "magento.no.such.model", MagentoBackends.MAGENTO_2X));
        assertEquals("No BackendAdapter for model magento.no.such.model on backend magento 2.x or its parents",
                missing.getMessage());
    }

    @Test
    void backendsAreKnownByTypeAndVersionWithTheirParent() {
        Backend backend = catalog.backend("magento", "1.7");
        assertEquals("magento 1.7", backend.name());
        assertEquals("magento", backend.parent().name());
        assertThrows(UnitNotFoundException.class, () -> catalog.backend("magento", "3.0"));
    }
}
