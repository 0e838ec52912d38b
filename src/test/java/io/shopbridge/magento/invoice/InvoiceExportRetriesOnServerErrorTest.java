package io.shopbridge.magento.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;

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

/** A shop answering 503 is retried (the test retry pattern waits 100 ms) until it answers, on every version. */
@QuarkusTest
class InvoiceExportRetriesOnServerErrorTest {

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
    void twoServiceUnavailableAnswersThenOkEndsDoneOnTheThirdAttempt(String version) {
        TestShop shop = shops.of(version);
        InvoiceScenario.Setup setup = scenario.orderWithPartialInvoice(shop, OrderState.NEW);
        shop.failNext(2, 503);
        InvoiceScenario.Export export = scenario.bind(setup);
        jobs.awaitState(export.jobUuid(), "done");
        assertEquals(3, jobs.attempts(export.jobUuid()));
        // the last retried error stays on the job for a person to read
        assertEquals("Magento " + shop.id() + " answered HTTP 503", jobs.column(export.jobUuid(), "error"));
        assertNotNull(db.value(String.class, "SELECT external_id FROM magento_account_invoice WHERE id = ?",
                export.bindingId()));
        assertEquals(0, BigDecimal.ONE.compareTo(shop.itemQty(setup.order().externalId(), setup.secondItemId(),
                "qty_invoiced")));
    }
}
