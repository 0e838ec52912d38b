package io.shopbridge.magento.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ImportRuns;

/** A customer group becomes a partner category named by its code; groups have no date, so each import refreshes. */
@QuarkusTest
class ImportCustomerGroupsTest {

    @Inject
    ImportRuns imports;

    @BeforeEach
    void freshShop() {
        imports.freshShop();
    }

    @Test
    void aGroupIsAPartnerCategoryBoundToTheGroupId() {
        imports.imported(MagentoModels.PARTNER_CATEGORY, "4");

        Long categoryId = imports.erpId(MagentoModels.PARTNER_CATEGORY, "4");
        assertNotNull(categoryId);
        assertEquals("VIP Member", imports.row("res_partner_category", categoryId).get("name"));
    }

    @Test
    void theNotLoggedInGroupZeroIsAGroupLikeAnyOther() {
        imports.imported(MagentoModels.PARTNER_CATEGORY, "0");
        assertEquals("NOT LOGGED IN", imports.row("res_partner_category",
                imports.erpId(MagentoModels.PARTNER_CATEGORY, "0")).get("name"));
    }

    @Test
    void aGroupImportedAgainIsUpdatedInPlace() {
        imports.imported(MagentoModels.PARTNER_CATEGORY, "2");
        Long first = imports.erpId(MagentoModels.PARTNER_CATEGORY, "2");

        String result = imports.imported(MagentoModels.PARTNER_CATEGORY, "2");

        assertTrue(result.startsWith("magento.res.partner.category 2 updated from shop-eu as " + first), result);
        assertEquals(first, imports.erpId(MagentoModels.PARTNER_CATEGORY, "2"));
    }
}
