package io.shopbridge.connector.sync;

import java.util.Optional;

import jakarta.inject.Inject;

import io.shopbridge.connector.adapter.BackendAdapter;
import io.shopbridge.connector.binding.Binder;
import io.shopbridge.connector.binding.Binding;
import io.shopbridge.connector.job.NothingToDoJob;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.mapping.ExportMapper;
import io.shopbridge.connector.mapping.MapContext;

/**
 * Exports one binding's ERP record {@code R} as the backend record {@code D}: OCA's {@code GenericExporter}, a
 * template method whose hooks a flow fills in: skip, lock, read, dependencies, map, create or update, bind, after. An
 * unbound binding is created on the backend through {@link CreateOnce} (a durable note before the call, and the
 * reconcile of an earlier run that may have created it); a bound one is updated.
 */
public abstract class GenericExporter<R, D> implements Exporter {

    /** The external id the create or update ends with, and whether an earlier run had made the record. */
    public record Synced(String externalId, boolean foundFromEarlierRun) {
    }

    @Inject
    CreateOnce createOnce;

    @Override
    public final String export(ConnectorEnvironment env, long bindingId) {
        Binding binding = env.unit(Binder.class).read(env, bindingId).orElseThrow(() -> new PermanentJobError(
                model() + " " + bindingId + " does not exist on backend " + env.backend().id()));
        Optional<String> skipped = skip(env, binding);
        if (skipped.isPresent()) {
            throw new NothingToDoJob(skipped.get());
        }
        lock(env, binding);
        R record = read(env, binding);
        dependencies(env, binding, record);
        D data = map(env, binding, record);
        Synced synced = binding.isBound() ? update(env, binding, record, data) : create(env, binding, record, data);
        bind(env, binding, synced);
        return after(env, binding, record, synced);
    }

    /** @return why there is nothing to export (the job ends done with it), or empty to export */
    protected Optional<String> skip(ConnectorEnvironment env, Binding binding) {
        return Optional.empty();
    }

    /** Holds the binding until the job's transaction ends, against a concurrent export of the same record. */
    protected void lock(ConnectorEnvironment env, Binding binding) {
        env.unit(Binder.class).lock(env, binding.id());
    }

    protected abstract R read(ConnectorEnvironment env, Binding binding);

    /** Makes sure what the record refers to exists on the backend (fails the job, or exports it, when not). */
    protected void dependencies(ConnectorEnvironment env, Binding binding, R record) {
    }

    /** Maps for a create when the binding is not bound yet (create-only fields included), else for an update. */
    @SuppressWarnings("unchecked")
    protected D map(ConnectorEnvironment env, Binding binding, R record) {
        MapContext context = binding.isBound() ? MapContext.forUpdate(env) : MapContext.forCreate(env);
        return ((ExportMapper<R, D>) env.unit(ExportMapper.class)).map(context, record);
    }

    protected Synced create(ConnectorEnvironment env, Binding binding, R record, D data) {
        CreateOnce.Created created = createOnce.create(env, binding.id(), adapter(env), data);
        return new Synced(created.externalId(), created.foundFromEarlierRun());
    }

    protected Synced update(ConnectorEnvironment env, Binding binding, R record, D data) {
        adapter(env).write(env, binding.externalId(), data);
        return new Synced(binding.externalId(), false);
    }

    /** Binds the external id with the sync date, and settles the create's durable note in the same transaction. */
    protected void bind(ConnectorEnvironment env, Binding binding, Synced synced) {
        env.unit(Binder.class).bind(env, binding.id(), synced.externalId());
        createOnce.settle(env, binding.id());
    }

    /** @return the job's result line */
    protected String after(ConnectorEnvironment env, Binding binding, R record, Synced synced) {
        return model() + " " + binding.id() + (synced.foundFromEarlierRun() ? " found on " : " exported to ")
                + env.backend().id() + " as " + synced.externalId();
    }

    @SuppressWarnings("unchecked")
    protected BackendAdapter<D> adapter(ConnectorEnvironment env) {
        return env.unit(BackendAdapter.class);
    }
}
