package io.shopbridge.magento.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.InvoiceScenario;
import io.shopbridge.support.JobRows;

/** Binding an invoice exports it: event, job, XML-RPC to the sandbox, and the binding gets Magento's id. */
@QuarkusTest
class InvoiceExportTest {

    @Inject
    InvoiceScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    Magento1Sandbox sandbox;

    @Test
    void aNewInvoiceBindingCreatesTheInvoiceOnMagentoAndBindsItsId() {
        InvoiceScenario.Setup setup = scenario.orderWithPartialInvoice(OrderState.NEW);
        InvoiceScenario.Export export = scenario.bind(setup);
        long binding = export.bindingId();
        String uuid = export.jobUuid();
        jobs.awaitState(uuid, "done");

        String externalId = db.value(String.class, "SELECT external_id FROM magento_account_invoice WHERE id = ?",
                binding);
        assertNotNull(externalId);
        assertNotNull(db.value(java.time.OffsetDateTime.class,
                "SELECT sync_date FROM magento_account_invoice WHERE id = ?", binding));
        assertEquals("invoice INV-" + setup.orderIncrementId() + " exported to shop-eu as " + externalId,
                jobs.column(uuid, "result"));

        Map<String, Object> invoice = sandbox.invoiceInfo(externalId).orElseThrow();
        assertEquals(setup.orderIncrementId(), invoice.get("order_increment_id"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) invoice.get("items");
        // 1.7 reuses the previous qty for omitted items: the mapper sends item A with 0, so only B is invoiced
        assertEquals("0.0000", scenario.qtyInvoiced(setup.orderIncrementId(), setup.firstItemId()));
        assertEquals("1.0000", scenario.qtyInvoiced(setup.orderIncrementId(), setup.secondItemId()));
        assertEquals(1, items.stream().filter(i -> Double.parseDouble((String) i.get("qty")) > 0).count());
    }

    @Test
    void anAlreadyBoundInvoiceIsNotExportedAgain() {
        InvoiceScenario.Setup setup = scenario.orderWithPartialInvoice(OrderState.NEW);
        long binding = db.insert("INSERT INTO magento_account_invoice (backend_id, erp_id, external_id) "
                + "VALUES (?, ?, '100000999')", InvoiceScenario.SHOP, setup.invoiceId());
        String uuid = jobs.awaitJobFor("export_invoice", MagentoModels.ACCOUNT_INVOICE, binding);
        jobs.awaitState(uuid, "done");
        assertEquals("invoice already exported to shop-eu as 100000999", jobs.column(uuid, "result"));
        assertEquals("0.0000", scenario.qtyInvoiced(setup.orderIncrementId(), setup.secondItemId()));
    }
}
