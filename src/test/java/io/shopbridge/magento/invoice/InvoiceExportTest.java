package io.shopbridge.magento.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.InvoiceScenario;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.TestShop;
import io.shopbridge.support.TestShops;

/**
 * Binding an invoice exports it, on every Magento version: event, job, the shop's invoice call over HTTP to the
 * sandbox (1.7 XML-RPC, 2.x REST), and the binding gets the shop's id (1.7: increment id; 2.x: entity id).
 */
@QuarkusTest
class InvoiceExportTest {

    @Inject
    InvoiceScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    TestShops shops;

    @ParameterizedTest(name = "Magento {0}")
    @ValueSource(strings = {"1.7", "2.x"})
    void aNewInvoiceBindingCreatesTheInvoiceOnMagentoAndBindsItsId(String version) {
        TestShop shop = shops.of(version);
        InvoiceScenario.Setup setup = scenario.orderWithPartialInvoice(shop, OrderState.NEW);
        InvoiceScenario.Export export = scenario.bind(setup);
        jobs.awaitState(export.jobUuid(), "done");

        String externalId = db.value(String.class, "SELECT external_id FROM magento_account_invoice WHERE id = ?",
                export.bindingId());
        assertNotNull(externalId);
        assertNotNull(db.value(OffsetDateTime.class, "SELECT sync_date FROM magento_account_invoice WHERE id = ?",
                export.bindingId()));
        assertEquals("invoice " + setup.invoiceNumber() + " exported to " + shop.id() + " as " + externalId,
                jobs.column(export.jobUuid(), "result"));

        TestShop.Document invoice = shop.invoice(externalId);
        assertEquals(shop.orderEntityId(setup.order().externalId()), invoice.orderEntityId());
        // 1 × SKU-B; 1.7 gets item A at 0 (its quantity quirk), 2.x only the covered item
        assertEquals(Map.of(setup.secondItemId(), BigDecimal.ONE), invoice.covered());
        assertEquals(List.of("Invoice " + setup.invoiceNumber()), invoice.comments());
        assertEquals(0, shop.itemQty(setup.order().externalId(), setup.firstItemId(), "qty_invoiced").signum());
        assertEquals(0, BigDecimal.ONE.compareTo(shop.itemQty(setup.order().externalId(), setup.secondItemId(),
                "qty_invoiced")));
    }

    @ParameterizedTest(name = "Magento {0}")
    @ValueSource(strings = {"1.7", "2.x"})
    void anAlreadyBoundInvoiceIsNotExportedAgain(String version) {
        TestShop shop = shops.of(version);
        InvoiceScenario.Setup setup = scenario.orderWithPartialInvoice(shop, OrderState.NEW);
        long binding = db.insert("INSERT INTO magento_account_invoice (backend_id, erp_id, external_id) "
                + "VALUES (?, ?, '100000999')", shop.id(), setup.invoiceId());
        String uuid = jobs.awaitJobFor("export_invoice", MagentoModels.ACCOUNT_INVOICE, binding);
        jobs.awaitState(uuid, "done");
        assertEquals("invoice already exported to " + shop.id() + " as 100000999", jobs.column(uuid, "result"));
        assertEquals(0, shop.itemQty(setup.order().externalId(), setup.secondItemId(), "qty_invoiced").signum());
    }
}
