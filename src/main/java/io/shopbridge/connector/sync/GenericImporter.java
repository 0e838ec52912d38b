package io.shopbridge.connector.sync;

import java.time.Instant;
import java.util.Optional;

import io.shopbridge.connector.adapter.ImportAdapter;
import io.shopbridge.connector.binding.Binding;
import io.shopbridge.connector.binding.ImportBinder;
import io.shopbridge.connector.db.Statements;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.job.RetryableJobError;
import io.shopbridge.connector.mapping.ImportMapper;
import io.shopbridge.connector.mapping.MapContext;

/**
 * Imports one backend record {@code S} as the ERP values {@code E}: OCA's {@code GenericImporter}, a template method
 * whose hooks a flow fills in: read, skip, refusal, dependencies, map, create or update, bind, after. Everything runs
 * in the environment's transaction, dependencies included, so a record that fails leaves nothing half-written.
 */
public abstract class GenericImporter<S extends ImportedRecord, E> implements Importer {

    /** What an import made: the ERP record, its binding, and whether the ERP record is new. */
    public record Imported(long erpId, long bindingId, boolean created) {
    }

    @Override
    public final String importRecord(ConnectorEnvironment env, String externalId) {
        try {
            return run(env, externalId);
        } catch (RetryableJobError e) {
            throw e;
        } catch (RuntimeException e) {
            if (Statements.isUniqueViolation(e)) {
                // another job imported the same record (or a shared dependency) at the same time: it is bound now
                throw new RetryableJobError(model() + " " + externalId + " was imported concurrently by another job: "
                        + e.getMessage(), e);
            }
            throw e;
        }
    }

    private String run(ConnectorEnvironment env, String externalId) {
        S record = read(env, externalId);
        Optional<Binding> binding = binder(env).forExternal(env, externalId);
        Optional<String> skipped = skip(env, record, binding);
        if (skipped.isPresent()) {
            return model() + " " + externalId + " skipped: " + skipped.get();
        }
        Optional<String> refused = refusal(env, record);
        if (refused.isPresent()) {
            throw new PermanentJobError(model() + " " + externalId + " of " + env.backend().id() + " is not imported: "
                    + refused.get());
        }
        dependencies(env, record);
        E values = map(env, record, binding.isEmpty());
        long erpId = binding.isPresent() ? update(env, binding.get().erpId(), record, values)
                : create(env, record, values);
        Imported imported = new Imported(erpId, bind(env, externalId, erpId), binding.isEmpty());
        return after(env, externalId, record, values, imported);
    }

    /** The record as the backend has it (the version's adapter reads and types it). */
    @SuppressWarnings("unchecked")
    protected S read(ConnectorEnvironment env, String externalId) {
        return ((ImportAdapter<S>) env.unit(ImportAdapter.class)).read(env, externalId);
    }

    /**
     * @return why the record needs no import (the job ends done with it): by default, its binding is newer. A shop's
     *         change date is to the second, so a change in the second of the last sync is imported again.
     */
    protected Optional<String> skip(ConnectorEnvironment env, S record, Optional<Binding> binding) {
        Instant changed = record.updatedAt();
        return binding.map(Binding::syncDate)
                .filter(synced -> changed != null && !synced.isBefore(changed.plusSeconds(1)))
                .map(synced -> "already imported at " + synced + ", unchanged since " + changed);
    }

    /** @return why the record cannot be imported (the job fails with it, nothing written), or empty */
    protected Optional<String> refusal(ConnectorEnvironment env, S record) {
        return Optional.empty();
    }

    /** Imports what the record refers to first, with {@link #importDependency}. */
    protected void dependencies(ConnectorEnvironment env, S record) {
    }

    /** Maps with the model's import mapper, for a create (create-only fields included) or for an update. */
    @SuppressWarnings("unchecked")
    protected E map(ConnectorEnvironment env, S record, boolean forCreate) {
        MapContext context = forCreate ? MapContext.forCreate(env) : MapContext.forUpdate(env);
        return ((ImportMapper<S, E>) env.unit(ImportMapper.class)).map(context, record);
    }

    /** @return the id of the ERP record made */
    protected abstract long create(ConnectorEnvironment env, S record, E values);

    /** @return the id of the ERP record, which an update may replace */
    protected abstract long update(ConnectorEnvironment env, long erpId, S record, E values);

    /** @return the binding's id */
    protected long bind(ConnectorEnvironment env, String externalId, long erpId) {
        return binder(env).bindImported(env, externalId, erpId);
    }

    /** Writes what hangs off the bound record (contacts, lines' bindings); @return the job's result line */
    protected String after(ConnectorEnvironment env, String externalId, S record, E values, Imported imported) {
        return model() + " " + externalId + (imported.created() ? " imported from " : " updated from ")
                + env.backend().id() + " as " + imported.erpId();
    }

    /**
     * The ERP id of another model's record, imported first in this transaction when it is not bound yet (OCA's
     * {@code _import_dependency}); a dependency that cannot be imported fails this import too.
     */
    protected long importDependency(ConnectorEnvironment env, String model, String externalId) {
        ConnectorEnvironment other = env.forModel(model);
        ImportBinder binder = other.unit(ImportBinder.class);
        Optional<Long> bound = binder.toErp(other, externalId);
        if (bound.isPresent()) {
            return bound.get();
        }
        other.unit(Importer.class).importRecord(other, externalId);
        return binder.toErp(other, externalId).orElseThrow(() -> new PermanentJobError(
                model + " " + externalId + " was imported as a dependency but is not bound"));
    }

    protected ImportBinder binder(ConnectorEnvironment env) {
        return env.unit(ImportBinder.class);
    }
}
