package io.shopbridge.magento.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.InvoiceScenario;
import io.shopbridge.support.JobRows;

/**
 * The shop created the invoice but its answer was lost (a proxy timed out): the retry finds that invoice by its
 * comment and binds it, instead of invoicing the order a second time.
 */
@QuarkusTest
class InvoiceExportLostAnswerTest {

    @Inject
    InvoiceScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    Magento1Sandbox sandbox;

    @Test
    void theRetryBindsTheInvoiceTheLostAnswerWouldHaveNamed() {
        InvoiceScenario.Setup setup = scenario.orderWithPartialInvoice(OrderState.NEW);
        sandbox.loseNextAnswer("sales_order_invoice.create", 504);
        InvoiceScenario.Export export = scenario.bind(setup);
        jobs.awaitState(export.jobUuid(), "done");

        assertEquals(2, jobs.attempts(export.jobUuid()));
        assertEquals("1.0000", scenario.qtyInvoiced(setup.orderIncrementId(), setup.secondItemId()),
                "one invoice of 1 × SKU-B, not two");
        String externalId = db.value(String.class, "SELECT external_id FROM magento_account_invoice WHERE id = ?",
                export.bindingId());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> comments = (List<Map<String, Object>>) sandbox.invoiceInfo(externalId).orElseThrow()
                .get("comments");
        assertEquals("Invoice INV-" + setup.orderIncrementId(), comments.get(0).get("comment"));
        assertEquals("invoice INV-" + setup.orderIncrementId() + " found on shop-eu as " + externalId,
                jobs.column(export.jobUuid(), "result"));
    }
}
