package io.shopbridge.connector.sync;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import io.shopbridge.connector.adapter.BackendAdapter;
import io.shopbridge.connector.binding.Binder;
import io.shopbridge.connector.binding.Binding;
import io.shopbridge.connector.db.Transactions;
import io.shopbridge.connector.job.JobOutcome;
import io.shopbridge.connector.job.NothingToDoJob;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.mapping.ExportMapper;
import io.shopbridge.connector.mapping.MapContext;

/**
 * Exports one binding's ERP record {@code R} as the backend record {@code D}: OCA's {@code GenericExporter}, a
 * template method whose hooks a flow fills in: skip, lock, read, dependencies, map, create or update, bind, after. An
 * unbound binding is created on the backend through {@link CreateOnce} (a durable note before the call, and the
 * reconcile of an earlier run that may have created it); a bound one is updated. Several bindings export together
 * ({@link #exportAll}, a job batch): each is read, mapped and updated on its own, and the new ones are created in one
 * round, one backend call where the adapter makes several creates at once.
 */
public abstract class GenericExporter<R, D> implements Exporter {

    /** The external id the create or update ends with, and whether an earlier run had made the record. */
    public record Synced(String externalId, boolean foundFromEarlierRun) {
    }

    /** A binding read and mapped, its record's place in the batch beside it. */
    private record Prepared<R, D>(int index, Binding binding, R record, D data) {
    }

    @Inject
    CreateOnce createOnce;

    @Override
    public final String export(ConnectorEnvironment env, long bindingId) {
        return exportAll(env, List.of(bindingId)).get(0).resultOrThrow();
    }

    @Override
    public final List<JobOutcome> exportAll(ConnectorEnvironment env, List<Long> bindingIds) {
        JobOutcome[] outcomes = new JobOutcome[bindingIds.size()];
        List<Prepared<R, D>> creates = new ArrayList<>();
        for (int i = 0; i < bindingIds.size(); i++) {
            try {
                Prepared<R, D> prepared = prepare(env, i, bindingIds.get(i));
                if (prepared.binding().isBound()) {
                    Synced synced = update(env, prepared.binding(), prepared.record(), prepared.data());
                    outcomes[i] = JobOutcome.done(finish(env, prepared, synced));
                } else {
                    creates.add(prepared);
                }
            } catch (Transactions.DatabaseException e) {
                throw e;
            } catch (RuntimeException e) {
                outcomes[i] = JobOutcome.failed(e);
            }
        }
        if (!creates.isEmpty()) {
            List<CreateOnce.Outcome> created = createOnce.createAll(env,
                    creates.stream().map(prepared -> prepared.binding().id()).toList(), adapter(env),
                    creates.stream().map(Prepared::data).toList());
            for (int k = 0; k < creates.size(); k++) {
                Prepared<R, D> prepared = creates.get(k);
                CreateOnce.Outcome outcome = created.get(k);
                outcomes[prepared.index()] = outcome.failure() != null ? JobOutcome.failed(outcome.failure())
                        : JobOutcome.done(finish(env, prepared, new Synced(outcome.created().externalId(),
                                outcome.created().foundFromEarlierRun())));
            }
        }
        List<Long> synced = new ArrayList<>(bindingIds.size());
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i].succeeded()) {
                synced.add(bindingIds.get(i));
            }
        }
        // in the transaction that binds them: a durable note (a create's, or an update's that is not idempotent)
        // is done with once what it announced is bound
        createOnce.settleAll(env, synced);
        return Arrays.asList(outcomes);
    }

    private Prepared<R, D> prepare(ConnectorEnvironment env, int index, long bindingId) {
        Binding binding = env.unit(Binder.class).read(env, bindingId).orElseThrow(() -> new PermanentJobError(
                model() + " " + bindingId + " does not exist on backend " + env.backend().id()));
        Optional<String> skipped = skip(env, binding);
        if (skipped.isPresent()) {
            throw new NothingToDoJob(skipped.get());
        }
        lock(env, binding);
        R record = read(env, binding);
        dependencies(env, binding, record);
        return new Prepared<>(index, binding, record, map(env, binding, record));
    }

    private String finish(ConnectorEnvironment env, Prepared<R, D> prepared, Synced synced) {
        bind(env, prepared.binding(), synced);
        return after(env, prepared.binding(), prepared.record(), synced);
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

    protected Synced update(ConnectorEnvironment env, Binding binding, R record, D data) {
        adapter(env).write(env, binding.externalId(), data);
        return new Synced(binding.externalId(), false);
    }

    /** Binds the external id with the sync date (the durable notes of the batch are settled after, in one go). */
    protected void bind(ConnectorEnvironment env, Binding binding, Synced synced) {
        env.unit(Binder.class).bind(env, binding.id(), synced.externalId());
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
