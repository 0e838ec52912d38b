package io.shopbridge.magento.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.InvoiceScenario;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.LogCapture;

/**
 * Magento refusing the invoice (fault 102) with no invoice of ours on the order fails the job at once, with the fault
 * text and what was checked, logged once, and binds nothing.
 */
@QuarkusTest
class InvoiceExportCannotInvoiceTest {

    @Inject
    InvoiceScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Test
    void anOrderOnHoldEndsTheJobFailedAfterOneAttempt() {
        InvoiceScenario.Setup setup = scenario.orderWithPartialInvoice(OrderState.HOLDED);
        String uuid;
        long binding;
        try (LogCapture camelErrors = LogCapture.of("org.apache.camel.processor.errorhandler.DefaultErrorHandler")) {
            InvoiceScenario.Export export = scenario.bind(setup);
            binding = export.bindingId();
            uuid = export.jobUuid();
            jobs.awaitState(uuid, "failed");
            // the job says why it failed, and the engine logs it once; Camel does not log it a second time
            assertEquals(List.of(), camelErrors.messages());
        }
        // 102 is also what an invoice made by an earlier run would cause: the job says it looked for one
        assertEquals("Magento fault 102: Cannot do invoice for order.; looked for a record an earlier run made: "
                + "checked the 0 invoice(s) of order " + setup.orderIncrementId() + " for comment 'Invoice INV-"
                + setup.orderIncrementId() + "', none is ours", jobs.column(uuid, "error"));
        assertEquals(1, jobs.attempts(uuid));
        assertNull(db.value(String.class, "SELECT external_id FROM magento_account_invoice WHERE id = ?", binding));
    }
}
