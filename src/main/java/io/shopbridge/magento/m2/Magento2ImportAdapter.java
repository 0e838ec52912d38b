package io.shopbridge.magento.m2;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.shopbridge.connector.adapter.ChangedPage;
import io.shopbridge.connector.adapter.ImportAdapter;
import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.magento.MagentoBackends;

/**
 * What the 2.x import adapters share: the client, typed answers, and changed records paged by entity id. Each page is
 * the first page of a search for the ids above the previous page's last, sorted by id: the pages hold still while
 * records change during the batch, and Magento's repeat of its last page past the end never comes into play.
 */
abstract class Magento2ImportAdapter<S> implements ImportAdapter<S> {

    private static final DateTimeFormatter FILTER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Inject
    Magento2Client client;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO_2X;
    }

    /** A {@code GET} of one record; {@code segments} are the path below {@code /V1/}, each encoded on its own. */
    protected M2Record one(ConnectorEnvironment env, Object... segments) {
        String path = Magento2Path.of(segments);
        return M2Record.of(client.get(env.backend(), path), path);
    }

    /**
     * A page of the records of a search route changed since {@code since} (all when null), ids above {@code after}.
     *
     * @param idField the entity id's name in filters and sort orders
     * @param idKey the entity id's name in the records (the pages go by it)
     * @param externalIdKey what is bound
     * @param dated whether the records have an {@code updated_at} to filter on
     */
    protected ChangedPage changedSearch(ConnectorEnvironment env, String route, String idField, String idKey,
            String externalIdKey, boolean dated, Instant since, String after, int pageSize) {
        SearchCriteria criteria = SearchCriteria.all().pageSize(Math.min(pageSize, SearchCriteria.MAX_PAGE_SIZE))
                .sortBy(idField, SearchCriteria.Direction.ASC);
        if (dated && since != null) {
            criteria = criteria.where("updated_at", SearchCriteria.Condition.GTEQ, FILTER_TIME.format(since));
        }
        if (after != null) {
            criteria = criteria.where(idField, SearchCriteria.Condition.GT, after);
        }
        SearchPage page = client.search(env.backend(), route, criteria);
        List<String> externalIds = new ArrayList<>();
        String last = null;
        for (JsonNode item : page.items()) {
            M2Record record = M2Record.of(item, route);
            externalIds.add(record.text(externalIdKey));
            last = record.text(idKey);
        }
        return new ChangedPage(externalIds, page.isLast() ? null : last);
    }
}
