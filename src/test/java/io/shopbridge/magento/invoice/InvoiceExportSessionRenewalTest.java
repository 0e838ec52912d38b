package io.shopbridge.magento.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.InvoiceScenario;
import io.shopbridge.support.JobRows;

/** An expired Magento session (fault 5) is renewed by one login, inside the same attempt. */
@QuarkusTest
class InvoiceExportSessionRenewalTest {

    @Inject
    InvoiceScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    Magento1Sandbox sandbox;

    @Test
    void anExpiredSessionIsRenewedOnceAndTheExportSucceedsOnTheFirstAttempt() {
        // a first export opens the client's session
        InvoiceScenario.Setup first = scenario.orderWithPartialInvoice(OrderState.NEW);
        jobs.awaitState(scenario.bind(first).jobUuid(), "done");

        sandbox.expireAllSessions();
        InvoiceScenario.Setup second = scenario.orderWithPartialInvoice(OrderState.NEW);
        InvoiceScenario.Export export = scenario.bind(second);
        long binding = export.bindingId();
        String uuid = export.jobUuid();
        jobs.awaitState(uuid, "done");
        assertEquals(1, jobs.attempts(uuid));
        assertEquals("1.0000", scenario.qtyInvoiced(second.orderIncrementId(), second.secondItemId()));
    }
}
