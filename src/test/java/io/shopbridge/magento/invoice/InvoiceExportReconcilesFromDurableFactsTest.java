package io.shopbridge.magento.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.backend.BackendCatalog;
import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.m1.Magento1Client;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.InvoiceScenario;
import io.shopbridge.support.JobRows;

/**
 * Whether an earlier run may have created the invoice is read from durable facts, never from the attempt counter: a
 * run at attempt 1 that follows a crash (its note is still there) or meets Magento's "already invoiced" fault looks
 * for the invoice of ours on the order and binds it, instead of invoicing twice or failing.
 */
@QuarkusTest
class InvoiceExportReconcilesFromDurableFactsTest {

    @Inject
    InvoiceScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    DataSource dataSource;

    @Inject
    Magento1Client magento;

    @Inject
    BackendCatalog catalog;

    @ConfigProperty(name = "shop.eu.url")
    String shopUrl;

    @Test
    void aFirstAttemptAfterACrashBindsTheInvoiceTheCrashedRunMade() throws SQLException {
        InvoiceScenario.Setup setup = scenario.orderWithPartialInvoice(OrderState.NEW);
        String earlier = invoiceOnTheShop(setup, Map.of(setup.secondItemId(), 1.0), ours(setup));
        long binding = bindWithPendingNote(setup.invoiceId());
        String uuid = jobs.awaitJobFor("export_invoice", MagentoModels.ACCOUNT_INVOICE, binding);
        jobs.awaitState(uuid, "done");

        assertEquals(1, jobs.attempts(uuid));
        assertEquals(earlier, externalId(binding));
        assertEquals("1.0000", scenario.qtyInvoiced(setup.orderIncrementId(), setup.secondItemId()),
                "the crashed run's invoice, not a second one");
        assertEquals(0, pendingNotes(binding), "the note goes with the binding");
    }

    @Test
    void anAlreadyInvoicedFaultBindsTheInvoiceOfOursItFinds() {
        InvoiceScenario.Setup setup = scenario.orderWithPartialInvoice(OrderState.NEW);
        // the whole order invoiced by an earlier run whose note and binding are gone: Magento answers 102
        String earlier = invoiceOnTheShop(setup, Map.of(), ours(setup));
        InvoiceScenario.Export export = scenario.bind(setup);
        jobs.awaitState(export.jobUuid(), "done");

        assertEquals(earlier, externalId(export.bindingId()));
        assertEquals("invoice INV-" + setup.orderIncrementId() + " found on shop-eu as " + earlier,
                jobs.column(export.jobUuid(), "result"));
    }

    @Test
    void anAlreadyInvoicedFaultWithNoInvoiceOfOursFailsSayingWhatWasChecked() {
        InvoiceScenario.Setup setup = scenario.orderWithPartialInvoice(OrderState.NEW);
        invoiceOnTheShop(setup, Map.of(), "invoiced by hand in the shop");
        InvoiceScenario.Export export = scenario.bind(setup);
        jobs.awaitState(export.jobUuid(), "failed");

        assertEquals("Magento fault 102: Cannot do invoice for order.; looked for a record an earlier run made: "
                + "checked the 1 invoice(s) of order " + setup.orderIncrementId() + " for comment '"
                + ours(setup) + "', none is ours", jobs.column(export.jobUuid(), "error"));
        assertNull(externalId(export.bindingId()));
    }

    private static String ours(InvoiceScenario.Setup setup) {
        return "Invoice INV-" + setup.orderIncrementId();
    }

    /** An invoice made through the shop's API, as an earlier run (or a person) would have; empty items: all of it. */
    private String invoiceOnTheShop(InvoiceScenario.Setup setup, Map<String, Double> items, String comment) {
        BackendInstance shop = new BackendInstance(InvoiceScenario.SHOP, catalog.backend("magento", "1.7"),
                Map.of("url", shopUrl, "apiUser", "shopbridge", "apiKeyProperty", "shop.eu.api-key"));
        return magento.call(shop, "sales_order_invoice.create",
                List.of(setup.orderIncrementId(), items, comment, Boolean.FALSE, Boolean.FALSE)).toString();
    }

    /** The binding and the note a crashed run left, committed together so the export's job sees both. */
    private long bindWithPendingNote(long invoiceId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long binding;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO magento_account_invoice (backend_id, erp_id) VALUES (?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, InvoiceScenario.SHOP);
                ps.setLong(2, invoiceId);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    binding = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO connector_pending_effect (backend_id, model, record_id) VALUES (?, ?, ?)")) {
                ps.setString(1, InvoiceScenario.SHOP);
                ps.setString(2, MagentoModels.ACCOUNT_INVOICE);
                ps.setLong(3, binding);
                ps.executeUpdate();
            }
            c.commit();
            return binding;
        }
    }

    private String externalId(long binding) {
        return db.value(String.class, "SELECT external_id FROM magento_account_invoice WHERE id = ?", binding);
    }

    private long pendingNotes(long binding) {
        return db.value(Long.class, "SELECT COUNT(*) FROM connector_pending_effect WHERE record_id = ? AND model = ?",
                binding, MagentoModels.ACCOUNT_INVOICE);
    }
}
