package io.shopbridge.magento.m2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.shopbridge.magento.m2.SearchCriteria.Condition;
import io.shopbridge.magento.m2.SearchCriteria.Direction;
import io.shopbridge.magento.m2.SearchCriteria.Filter;

class SearchCriteriaQueryTest {

    @Test
    void groupsAreAndedFiltersInAGroupOredSortAndPageLast() {
        SearchCriteria criteria = SearchCriteria.all()
                .where("updated_at", Condition.GT, "2024-01-01 00:00:00")
                .anyOf(new Filter("status", Condition.EQ, "pending"), new Filter("status", Condition.EQ, "processing"))
                .sortBy("updated_at", Direction.ASC)
                .sortBy("entity_id", Direction.ASC)
                .pageSize(100)
                .page(2);

        assertEquals(String.join("&",
                "searchCriteria[filter_groups][0][filters][0][field]=updated_at",
                "searchCriteria[filter_groups][0][filters][0][value]=2024-01-01 00:00:00",
                "searchCriteria[filter_groups][0][filters][0][condition_type]=gt",
                "searchCriteria[filter_groups][1][filters][0][field]=status",
                "searchCriteria[filter_groups][1][filters][0][value]=pending",
                "searchCriteria[filter_groups][1][filters][0][condition_type]=eq",
                "searchCriteria[filter_groups][1][filters][1][field]=status",
                "searchCriteria[filter_groups][1][filters][1][value]=processing",
                "searchCriteria[filter_groups][1][filters][1][condition_type]=eq",
                "searchCriteria[sortOrders][0][field]=updated_at",
                "searchCriteria[sortOrders][0][direction]=ASC",
                "searchCriteria[sortOrders][1][field]=entity_id",
                "searchCriteria[sortOrders][1][direction]=ASC",
                "searchCriteria[pageSize]=100",
                "searchCriteria[currentPage]=2"),
                URLDecoder.decode(criteria.toQuery(), StandardCharsets.UTF_8));
    }

    @Test
    void bracketsSpacesAndPercentSignsAreEncoded() {
        String query = SearchCriteria.all().where("sku", Condition.LIKE, "24-MB 1%").pageSize(10).toQuery();

        assertEquals("searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=sku"
                + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=24-MB%201%25"
                + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bcondition_type%5D=like"
                + "&searchCriteria%5BpageSize%5D=10&searchCriteria%5BcurrentPage%5D=1", query);
    }

    @Test
    void aConditionWithoutValueSendsNoValue() {
        String query = URLDecoder.decode(SearchCriteria.all().where("customer_id", Condition.NULL, null).toQuery(),
                StandardCharsets.UTF_8);

        assertFalse(query.contains("[value]"), query);
        assertTrue(query.contains("[condition_type]=null"), query);
    }

    @Test
    void pagingStopsWhenThePagesHoldTheTotalCount() {
        SearchCriteria first = SearchCriteria.all().pageSize(5);

        assertFalse(first.isLastPage(11));
        assertFalse(first.page(2).isLastPage(11));
        assertTrue(first.page(3).isLastPage(11));
        assertTrue(first.page(2).isLastPage(10));
        assertTrue(first.isLastPage(0));
    }

    @Test
    void pageSizeIsBoundByMagentosInputLimit() {
        assertThrows(IllegalArgumentException.class, () -> SearchCriteria.all().pageSize(301));
        assertThrows(IllegalArgumentException.class, () -> SearchCriteria.all().pageSize(0));
        assertThrows(IllegalArgumentException.class, () -> SearchCriteria.all().page(0));
    }
}
