package io.shopbridge.connector.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.shopbridge.connector.adapter.BackendAdapter;
import io.shopbridge.connector.adapter.CreateConflictException;
import io.shopbridge.connector.adapter.CreatedLookup;
import io.shopbridge.connector.job.PermanentJobError;

/**
 * Creates a record on a backend whose create is not idempotent, at most once whatever crashes, lost answers or lost
 * commits come between: a durable note precedes the call, and while a note is left from an earlier run, or when the
 * backend refuses as if the record were there already, the record an earlier call made is looked for and taken
 * instead of creating a second one. The caller binds the result and then calls {@link #settle} in the same
 * transaction.
 */
@ApplicationScoped
public class CreateOnce {

    /** The backend's id for the record, and whether an earlier run had made it. */
    public record Created(String externalId, boolean foundFromEarlierRun) {
    }

    @Inject
    PendingEffects effects;

    public <D> Created create(ConnectorEnvironment env, long recordId, BackendAdapter<D> adapter, D data) {
        if (effects.noted(env, recordId)) {
            CreatedLookup earlier = adapter.findCreated(env, data);
            if (earlier.isFound()) {
                return new Created(earlier.externalId().get(), true);
            }
        }
        effects.note(env, recordId);
        try {
            return new Created(adapter.create(env, data), false);
        } catch (CreateConflictException refused) {
            CreatedLookup earlier = adapter.findCreated(env, data);
            if (earlier.isFound()) {
                return new Created(earlier.externalId().get(), true);
            }
            throw new PermanentJobError(refused.getMessage() + "; looked for a record an earlier run made: checked "
                    + earlier.checked() + ", none is ours", refused);
        }
    }

    /** The created record is bound (in this transaction): no later run needs to look for it. */
    public void settle(ConnectorEnvironment env, long recordId) {
        effects.settle(env, recordId);
    }
}
