package io.shopbridge.magento.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.job.JobPauses;
import io.shopbridge.sandbox.magento1.Magento1Sandbox;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.InvoiceScenario;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.TestShop;
import io.shopbridge.support.TestShops;

/**
 * Invoice exports claimed together run as one batch (the shop templates' batchSize): 1.7 sends their creates in one
 * multiCall, and each job still ends on its own: the invoices the shop made are bound with their own result lines,
 * and the one the shop refused fails alone, with the shop's words, binding nothing.
 */
@QuarkusTest
class InvoiceExportBatchTest {

    private static final String CREATE = "sales_order_invoice.create";

    @Inject
    InvoiceScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    TestShops shops;

    @Inject
    JobPauses pauses;

    @Inject
    Magento1Sandbox magento1;

    @ParameterizedTest(name = "Magento {0}")
    @ValueSource(strings = {"1.7", "2.x"})
    void eachInvoiceOfABatchEndsInItsOwnJob(String version) {
        TestShop shop = shops.of(version);
        // one export alone first, as a shop's first export runs: the channel learns how many its route takes at once
        jobs.awaitState(scenario.bind(scenario.orderWithPartialInvoice(shop, OrderState.NEW)).jobUuid(), "done");
        List<InvoiceScenario.Setup> invoices = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // the third one's order is on hold: the shop refuses its invoice
            invoices.add(scenario.orderWithPartialInvoice(shop, i == 2 ? OrderState.HOLDED : OrderState.NEW));
        }
        long createRequests = magento1.requestsCalling(CREATE);

        List<InvoiceScenario.Export> exports = new ArrayList<>();
        pauses.pauseBackend(shop.id(), "test", "claimed together once resumed");
        try {
            invoices.forEach(invoice -> exports.add(scenario.bind(invoice)));
        } finally {
            pauses.resumeBackend(shop.id());
        }
        Awaitility.await().until(() -> exports.stream()
                .allMatch(export -> List.of("done", "failed").contains(jobs.state(export.jobUuid()))));

        for (int i = 0; i < invoices.size(); i++) {
            InvoiceScenario.Setup invoice = invoices.get(i);
            InvoiceScenario.Export export = exports.get(i);
            String externalId = db.value(String.class, "SELECT external_id FROM magento_account_invoice WHERE id = ?",
                    export.bindingId());
            assertEquals(1, jobs.attempts(export.jobUuid()));
            if (i == 2) {
                assertEquals("failed", jobs.state(export.jobUuid()));
                assertTrue(jobs.column(export.jobUuid(), "error").endsWith("none is ours"),
                        jobs.column(export.jobUuid(), "error"));
                assertNull(externalId);
                continue;
            }
            assertEquals("done", jobs.state(export.jobUuid()));
            assertNotNull(externalId);
            assertEquals("invoice " + invoice.invoiceNumber() + " exported to " + shop.id() + " as " + externalId,
                    jobs.column(export.jobUuid(), "result"));
            assertEquals(List.of("Invoice " + invoice.invoiceNumber()), shop.invoice(externalId).comments());
            assertEquals(0, BigDecimal.ONE.compareTo(shop.itemQty(invoice.orderIncrementId(), invoice.secondItemId(),
                    "qty_invoiced")));
        }
        if ("1.7".equals(version)) {
            assertEquals(1, magento1.requestsCalling(CREATE) - createRequests, "the five creates in one multiCall");
        }
    }

    /**
     * The shop made the batch's invoices but its answer was lost (1.7: the multiCall's; 2.x: one create's): the jobs
     * concerned run again, find their invoices through their durable notes, and bind them; no order is invoiced
     * twice.
     */
    @ParameterizedTest(name = "Magento {0}")
    @ValueSource(strings = {"1.7", "2.x"})
    void aLostAnswerToABatchInvoicesNoOrderTwice(String version) {
        TestShop shop = shops.of(version);
        jobs.awaitState(scenario.bind(scenario.orderWithPartialInvoice(shop, OrderState.NEW)).jobUuid(), "done");
        List<InvoiceScenario.Setup> invoices = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            invoices.add(scenario.orderWithPartialInvoice(shop, OrderState.NEW));
        }
        List<InvoiceScenario.Export> exports = new ArrayList<>();
        pauses.pauseBackend(shop.id(), "test", "claimed together once resumed");
        try {
            invoices.forEach(invoice -> exports.add(scenario.bind(invoice)));
            shop.loseNextAnswer(TestShop.Call.INVOICE);
        } finally {
            pauses.resumeBackend(shop.id());
        }
        exports.forEach(export -> jobs.awaitState(export.jobUuid(), "done"));

        for (int i = 0; i < invoices.size(); i++) {
            InvoiceScenario.Setup invoice = invoices.get(i);
            String externalId = db.value(String.class, "SELECT external_id FROM magento_account_invoice WHERE id = ?",
                    exports.get(i).bindingId());
            assertEquals(List.of("Invoice " + invoice.invoiceNumber()), shop.invoice(externalId).comments());
            assertEquals(0, BigDecimal.ONE.compareTo(shop.itemQty(invoice.orderIncrementId(), invoice.secondItemId(),
                    "qty_invoiced")), "one invoice of 1 × SKU-B, not two");
        }
        assertTrue(exports.stream().anyMatch(export -> jobs.attempts(export.jobUuid()) == 2
                && jobs.column(export.jobUuid(), "result").contains(" found on " + shop.id())),
                "a job whose answer was lost found its invoice on its second attempt");
    }
}
