package io.shopbridge.connector.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.ConnectorRoutes;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.JobRows;

/** In-process producers send events to the SEDA queue; subscriptions handle them as outbox events. */
@QuarkusTest
class InProcessEventEnqueuesJobTest {

    @Inject
    ProducerTemplate producer;

    @Inject
    JobRows jobs;

    @Test
    void anInProcessCreateEventEnqueuesTheSubscribedJob() {
        long recordId = 987_654L;
        producer.sendBodyAndHeaders(ConnectorRoutes.IN_PROCESS_EVENTS, null, Map.of(
                EventHeaders.MODEL, MagentoModels.ACCOUNT_INVOICE,
                EventHeaders.KIND, "create",
                EventHeaders.RECORD_ID, recordId,
                EventHeaders.BACKEND, "shop-eu"));
        String uuid = jobs.awaitJobFor("export_invoice", MagentoModels.ACCOUNT_INVOICE, recordId);
        assertEquals("shop-eu", jobs.column(uuid, "backend_id"));
        assertEquals("root.magento", jobs.column(uuid, "channel"));
        assertEquals("5", jobs.column(uuid, "priority"));
        // there is no such binding: the job fails visibly, naming the record
        jobs.awaitState(uuid, "failed");
        assertEquals("magento.account.invoice 987654 does not exist on backend shop-eu", jobs.column(uuid, "error"));
    }

    @Test
    void aMalformedInProcessEventIsRefusedWithAClearError() {
        CamelExecutionException error = assertThrows(CamelExecutionException.class,
                () -> producer.requestBodyAndHeaders(ConnectorRoutes.IN_PROCESS_EVENTS + "?waitForTaskToComplete=Always", null,
                        Map.of(EventHeaders.MODEL, MagentoModels.ACCOUNT_INVOICE, EventHeaders.KIND, "explode")));
        assertEquals(IllegalArgumentException.class, error.getCause().getClass());
    }
}
