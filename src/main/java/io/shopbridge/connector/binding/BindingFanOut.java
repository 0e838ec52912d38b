package io.shopbridge.connector.binding;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.job.JobHeaders;

/**
 * An ERP record's change fans out to its bindings: an event on an ERP table (no backend of its own) becomes one
 * message per backend where the record is bound, each naming that binding, for a {@code split} to enqueue one job per
 * shop. Called by subscription routes, in the event's transaction.
 */
@ApplicationScoped
@Named("bindingFanOut")
// YAML routes call it by name (bean binding), which native mode only allows for registered classes
@RegisterForReflection
public class BindingFanOut {

    @Inject
    Transactions transactions;

    /**
     * @return a copy of the event's message per bound binding of {@code bindingModel} whose ERP id is the event's
     *         record, with the binding as the job's backend, model and record
     */
    public List<Message> bound(Exchange exchange, String bindingModel) {
        Message event = exchange.getMessage();
        long erpId = event.getHeader(JobHeaders.RECORD_ID, Long.class);
        return transactions.inCurrentOrNew(exchange, connection -> {
            List<Message> messages = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT id, backend_id FROM "
                    + TableBinder.tableOf(bindingModel) + " WHERE erp_id = ? AND external_id IS NOT NULL ORDER BY id")) {
                ps.setLong(1, erpId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Message message = event.copy();
                        message.setHeader(JobHeaders.BACKEND, rs.getString(2));
                        message.setHeader(JobHeaders.MODEL, bindingModel);
                        message.setHeader(JobHeaders.RECORD_ID, rs.getLong(1));
                        messages.add(message);
                    }
                }
            }
            return messages;
        });
    }
}
