package io.shopbridge.magento.m2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.m2.SearchCriteria.Condition;
import io.shopbridge.magento.m2.SearchCriteria.Direction;

/**
 * Paging through a search stops at {@code total_count}: the shop answers the last page again past the end (as
 * Magento does for orders), so a client waiting for an empty page would loop or read records twice.
 */
@QuarkusTest
class Magento2SearchPagingTest {

    @Inject
    Magento2Client client;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void everySeededOrderOnceInTheSortOrder() {
        List<JsonNode> orders = client.searchAll(Magento2Shops.adminShop(port), "orders", SearchCriteria.all()
                .where("entity_id", Condition.LTEQ, 16)
                .sortBy("entity_id", Direction.DESC)
                .pageSize(3));

        assertEquals(List.of(16, 12, 11, 9), orders.stream().map(o -> o.path("entity_id").asInt()).toList());
    }

    @Test
    void filtersInOneGroupAreOredAndGroupsAnded() {
        SearchPage page = client.search(Magento2Shops.adminShop(port), "orders", SearchCriteria.all()
                .anyOf(new SearchCriteria.Filter("entity_id", Condition.EQ, "9"),
                        new SearchCriteria.Filter("entity_id", Condition.EQ, "16"))
                .where("customer_is_guest", Condition.EQ, 1));

        assertEquals(1, page.totalCount());
        assertEquals(16, page.items().get(0).path("entity_id").asInt());
    }
}
