package io.shopbridge.connector.sync;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.connector.adapter.BackendAdapter;
import io.shopbridge.connector.adapter.CreateConflictException;
import io.shopbridge.connector.adapter.CreateOutcome;
import io.shopbridge.connector.adapter.CreatedLookup;
import io.shopbridge.connector.job.PermanentJobError;

/**
 * Creates records on a backend whose create is not idempotent, each at most once whatever crashes, lost answers or
 * lost commits come between: durable notes precede the call, and while a note is left from an earlier run, or when
 * the backend refuses as if the record were there already, the record an earlier call made is looked for and taken
 * instead of creating a second one. The caller binds the results and then calls {@link #settleAll} in the same
 * transaction.
 */
@ApplicationScoped
public class CreateOnce {

    /** The backend's id for the record, and whether an earlier run had made it. */
    public record Created(String externalId, boolean foundFromEarlierRun) {
    }

    /** One record's create: what it made or found, or why it failed. */
    public record Outcome(Created created, RuntimeException failure) {
    }

    @Inject
    PendingEffects effects;

    /**
     * Creates the records (one {@link BackendAdapter#createAll} for those no earlier run may have made), after one
     * durable note of them all; an outcome per record, in order.
     */
    public <D> List<Outcome> createAll(ConnectorEnvironment env, List<Long> recordIds, BackendAdapter<D> adapter,
            List<D> data) {
        Outcome[] outcomes = new Outcome[data.size()];
        List<Integer> toCreate = new ArrayList<>(data.size());
        Set<Long> noted = effects.notedAmong(env, recordIds);
        for (int i = 0; i < data.size(); i++) {
            if (noted.contains(recordIds.get(i))) {
                try {
                    CreatedLookup earlier = adapter.findCreated(env, data.get(i));
                    if (earlier.isFound()) {
                        outcomes[i] = new Outcome(new Created(earlier.externalId().get(), true), null);
                        continue;
                    }
                } catch (RuntimeException e) {
                    outcomes[i] = new Outcome(null, e);
                    continue;
                }
            }
            toCreate.add(i);
        }
        if (!toCreate.isEmpty()) {
            effects.noteAll(env, toCreate.stream().map(recordIds::get).toList());
            List<CreateOutcome> answers = adapter.createAll(env, toCreate.stream().map(data::get).toList());
            for (int k = 0; k < toCreate.size(); k++) {
                int i = toCreate.get(k);
                outcomes[i] = outcome(env, adapter, data.get(i), answers.get(k));
            }
        }
        return Arrays.asList(outcomes);
    }

    private static <D> Outcome outcome(ConnectorEnvironment env, BackendAdapter<D> adapter, D data,
            CreateOutcome answer) {
        if (answer.failure() == null) {
            return new Outcome(new Created(answer.externalId(), false), null);
        }
        if (!(answer.failure() instanceof CreateConflictException refused)) {
            return new Outcome(null, answer.failure());
        }
        try {
            CreatedLookup earlier = adapter.findCreated(env, data);
            if (earlier.isFound()) {
                return new Outcome(new Created(earlier.externalId().get(), true), null);
            }
            return new Outcome(null, new PermanentJobError(refused.getMessage() + "; looked for a record an earlier"
                    + " run made: checked " + earlier.checked() + ", none is ours", refused));
        } catch (RuntimeException e) {
            return new Outcome(null, e);
        }
    }

    /** The records are bound (in this transaction): no later run needs to look for what their creates made. */
    public void settleAll(ConnectorEnvironment env, List<Long> recordIds) {
        effects.settleAll(env, recordIds);
    }
}
