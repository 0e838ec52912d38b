package io.shopbridge.connector.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.shopbridge.connector.backend.ConnectorUnit;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/**
 * The talk with a backend's API for one model, behind a CRUD interface. {@code D} is the typed record the backend is
 * sent (the version's mapper makes it); what the backend answers to {@link #read} is its own raw record. An adapter
 * implements what its API offers; the others answer {@link UnsupportedOperationException}.
 */
public interface BackendAdapter<D> extends ConnectorUnit {

    default List<String> search(ConnectorEnvironment env, Map<String, Object> filters) {
        throw unsupported("search");
    }

    default Map<String, Object> read(ConnectorEnvironment env, String externalId) {
        throw unsupported("read");
    }

    /** @return the external id of the created record */
    default String create(ConnectorEnvironment env, D data) {
        throw unsupported("create");
    }

    /**
     * Creates several records, in as few calls as the backend's API allows: an outcome per record, in order, so one
     * refused record leaves the others created. By default one {@link #create} each.
     */
    default List<CreateOutcome> createAll(ConnectorEnvironment env, List<D> data) {
        List<CreateOutcome> outcomes = new ArrayList<>(data.size());
        for (D one : data) {
            try {
                outcomes.add(CreateOutcome.created(create(env, one)));
            } catch (RuntimeException e) {
                outcomes.add(CreateOutcome.failed(e));
            }
        }
        return outcomes;
    }

    /**
     * The record an earlier {@link #create} with this data made, if there is one: a create whose answer was lost may
     * have happened, and creating again would make a second record. It must recognise the record by a mark of ours
     * that the create left on it (a comment naming the ERP record), not by its content alone. A backend whose create
     * is idempotent finds nothing.
     */
    default CreatedLookup findCreated(ConnectorEnvironment env, D data) {
        return CreatedLookup.notFound("nothing: " + getClass().getSimpleName() + " creates idempotently");
    }

    default void write(ConnectorEnvironment env, String externalId, D data) {
        throw unsupported("write");
    }

    default void delete(ConnectorEnvironment env, String externalId) {
        throw unsupported("delete");
    }

    private UnsupportedOperationException unsupported(String operation) {
        return new UnsupportedOperationException(
                getClass().getSimpleName() + " cannot " + operation + " " + model() + " on " + backend());
    }
}
