package io.shopbridge.magento.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.InvoiceScenario;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.TestShop;
import io.shopbridge.support.TestShops;

/**
 * The shop created the invoice but its answer was lost (a proxy timed out): the retry finds that invoice by its
 * comment and binds it, instead of invoicing the order a second time (1.7: fault 102 then the order's invoices;
 * 2.x: the 400 "Invoice Document Validation Error(s)" then {@code GET /V1/invoices?order_id}).
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
    TestShops shops;

    @ParameterizedTest(name = "Magento {0}")
    @ValueSource(strings = {"1.7", "2.x"})
    void theRetryBindsTheInvoiceTheLostAnswerWouldHaveNamed(String version) {
        TestShop shop = shops.of(version);
        InvoiceScenario.Setup setup = scenario.orderWithPartialInvoice(shop, OrderState.NEW);
        shop.loseNextAnswer(TestShop.Call.INVOICE);
        InvoiceScenario.Export export = scenario.bind(setup);
        jobs.awaitState(export.jobUuid(), "done");

        assertEquals(2, jobs.attempts(export.jobUuid()));
        assertEquals(0, BigDecimal.ONE.compareTo(shop.itemQty(setup.order().externalId(), setup.secondItemId(),
                "qty_invoiced")), "one invoice of 1 × SKU-B, not two");
        String externalId = db.value(String.class, "SELECT external_id FROM magento_account_invoice WHERE id = ?",
                export.bindingId());
        assertEquals(List.of("Invoice " + setup.invoiceNumber()), shop.invoice(externalId).comments());
        assertEquals("invoice " + setup.invoiceNumber() + " found on " + shop.id() + " as " + externalId,
                jobs.column(export.jobUuid(), "result"));
    }
}
