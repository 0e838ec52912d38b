package io.shopbridge.connector.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.InvoiceScenario;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.LogCapture;

/** A line a job's route logs carries the job's uuid, name, backend, model and record in its MDC. */
@QuarkusTest
class JobLogContextTest {

    @Inject
    InvoiceScenario scenario;

    @Inject
    JobRows jobs;

    @Test
    void theExportRoutesLineNamesItsJob() {
        try (LogCapture log = LogCapture.of("shopbridge.export")) {
            InvoiceScenario.Export export = scenario.bind(scenario.orderWithPartialInvoice(OrderState.NEW));
            jobs.awaitState(export.jobUuid(), "done");

            ExtLogRecord line = log.records().stream()
                    .filter(r -> export.jobUuid().equals(r.getMdc(JobLogContext.UUID)))
                    .findFirst().orElseThrow(() -> new AssertionError("no line of job " + export.jobUuid()
                            + " among " + log.messages()));
            assertEquals("export_invoice", line.getMdc(JobLogContext.NAME));
            assertEquals(InvoiceScenario.SHOP, line.getMdc(JobLogContext.BACKEND));
            assertEquals("magento.account.invoice", line.getMdc(JobLogContext.MODEL));
            assertEquals(String.valueOf(export.bindingId()), line.getMdc(JobLogContext.RECORD));
        }
    }
}
