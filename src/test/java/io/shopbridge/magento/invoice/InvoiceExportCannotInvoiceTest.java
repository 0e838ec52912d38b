package io.shopbridge.magento.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.InvoiceScenario;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.LogCapture;
import io.shopbridge.support.TestShop;
import io.shopbridge.support.TestShops;

/**
 * Magento refusing the invoice (1.7 fault 102; 2.x HTTP 400 with its validation message) with no invoice of ours on
 * the order fails the job at once, with Magento's words and what was checked, logged once, and binds nothing.
 */
@QuarkusTest
class InvoiceExportCannotInvoiceTest {

    @Inject
    InvoiceScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    TestShops shops;

    static Stream<Arguments> refusals() {
        return Stream.of(Arguments.of("1.7", "Magento fault 102: Cannot do invoice for order."),
                Arguments.of("2.x", "Magento shop-us answered HTTP 400: Invoice Document Validation Error(s):\n"
                        + "An invoice cannot be created when an order has a status of holded"));
    }

    @ParameterizedTest(name = "Magento {0}")
    @MethodSource("refusals")
    void anOrderOnHoldEndsTheJobFailedAfterOneAttempt(String version, String refusal) {
        TestShop shop = shops.of(version);
        InvoiceScenario.Setup setup = scenario.orderWithPartialInvoice(shop, OrderState.HOLDED);
        InvoiceScenario.Export export;
        try (LogCapture camelErrors = LogCapture.of("org.apache.camel.processor.errorhandler.DefaultErrorHandler")) {
            export = scenario.bind(setup);
            jobs.awaitState(export.jobUuid(), "failed");
            // the job says why it failed, and the engine logs it once; Camel does not log it a second time
            assertEquals(List.of(), camelErrors.messages());
        }
        // the refusal is also what an invoice made by an earlier run would cause: the job says it looked for one
        assertEquals(refusal + "; looked for a record an earlier run made: checked the 0 invoice(s) of order "
                + setup.order().externalId() + " for comment 'Invoice " + setup.invoiceNumber() + "', none is ours",
                jobs.column(export.jobUuid(), "error"));
        assertEquals(1, jobs.attempts(export.jobUuid()));
        assertNull(db.value(String.class, "SELECT external_id FROM magento_account_invoice WHERE id = ?",
                export.bindingId()));
    }
}
