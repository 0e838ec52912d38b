package io.shopbridge.magento.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.InvoiceScenario;
import io.shopbridge.support.JobRows;

/** A shop answering 503 is retried (the test retry pattern waits 100 ms) until it answers. */
@QuarkusTest
class InvoiceExportRetriesOnServerErrorTest {

    @Inject
    InvoiceScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    Magento1Sandbox sandbox;

    @Test
    void twoServiceUnavailableAnswersThenOkEndsDoneOnTheThirdAttempt() {
        InvoiceScenario.Setup setup = scenario.orderWithPartialInvoice(OrderState.NEW);
        sandbox.failNext(2, 503);
        InvoiceScenario.Export export = scenario.bind(setup);
        long binding = export.bindingId();
        String uuid = export.jobUuid();
        jobs.awaitState(uuid, "done");
        assertEquals(3, jobs.attempts(uuid));
        // the last retried error stays on the job for a person to read
        assertEquals("Magento shop-eu answered HTTP 503", jobs.column(uuid, "error"));
        assertNotNull(db.value(String.class, "SELECT external_id FROM magento_account_invoice WHERE id = ?", binding));
        assertEquals("1.0000", scenario.qtyInvoiced(setup.orderIncrementId(), setup.secondItemId()));
    }
}
