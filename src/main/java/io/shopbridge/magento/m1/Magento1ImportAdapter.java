package io.shopbridge.magento.m1;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import io.shopbridge.connector.adapter.ChangedPage;
import io.shopbridge.connector.adapter.ImportAdapter;
import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;

/** What the 1.x import adapters share: the client, typed answers, and changed records paged by entity id. */
abstract class Magento1ImportAdapter<S> implements ImportAdapter<S> {

    @Inject
    Magento1Client client;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO_17;
    }

    /** A call answering a struct. */
    protected M1Row one(ConnectorEnvironment env, String resourceMethod, Object... args) {
        return M1Row.of(client.call(env.backend(), resourceMethod, List.of(args)), resourceMethod);
    }

    /** A call answering an array of structs. */
    protected List<M1Row> many(ConnectorEnvironment env, String resourceMethod, Object... args) {
        return M1Row.list(client.call(env.backend(), resourceMethod, List.of(args)), resourceMethod);
    }

    /**
     * A page of a {@code list} method filtered on {@code updated_at} and on its entity id above the last page's.
     *
     * @param idFilter the entity id's name in filters, which is also the rows' (the pages go by it)
     * @param externalIdKey what is bound
     */
    protected ChangedPage changedList(ConnectorEnvironment env, String listMethod, String idFilter,
            String externalIdKey, Instant since, String after, int pageSize) {
        return M1Listing.page(many(env, listMethod, M1Listing.changedFilter(since, idFilter, after)), idFilter,
                externalIdKey, after, pageSize);
    }
}
