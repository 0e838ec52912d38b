package io.shopbridge.magento.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.ShopVersion;

/** Customer groups become partner categories bound to the group id, on every Magento version. */
@QuarkusTest
class ImportCustomerGroupsTest {

    @Inject
    ImportRuns imports;

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void aGroupIsAPartnerCategoryBoundToTheGroupId(ShopVersion shop) {
        imports.freshShop(shop);
        imports.imported(shop, MagentoModels.PARTNER_CATEGORY, "4");

        Long categoryId = imports.erpId(shop, MagentoModels.PARTNER_CATEGORY, "4");
        assertNotNull(categoryId);
        assertEquals("VIP Member", imports.row("res_partner_category", categoryId).get("name"));
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void theNotLoggedInGroupZeroIsAGroupLikeAnyOther(ShopVersion shop) {
        imports.freshShop(shop);
        imports.imported(shop, MagentoModels.PARTNER_CATEGORY, "0");
        assertEquals("NOT LOGGED IN", imports.row("res_partner_category",
                imports.erpId(shop, MagentoModels.PARTNER_CATEGORY, "0")).get("name"));
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void aGroupImportedAgainIsUpdatedInPlace(ShopVersion shop) {
        imports.freshShop(shop);
        imports.imported(shop, MagentoModels.PARTNER_CATEGORY, "2");
        Long first = imports.erpId(shop, MagentoModels.PARTNER_CATEGORY, "2");

        String result = imports.imported(shop, MagentoModels.PARTNER_CATEGORY, "2");

        assertTrue(result.startsWith("magento.res.partner.category 2 updated from " + shop.shop() + " as " + first),
                result);
        assertEquals(first, imports.erpId(shop, MagentoModels.PARTNER_CATEGORY, "2"));
    }
}
