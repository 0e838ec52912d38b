package io.shopbridge.magento.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.support.ImportRuns;
import io.shopbridge.support.ShopVersion;

/**
 * Customers become partners, their group their category (imported first), each address of their book a contact:
 * invoice for the default billing address, delivery for the default shipping one; a company's address names it. On
 * every Magento version.
 */
@QuarkusTest
class ImportCustomersTest {

    @Inject
    ImportRuns imports;

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void anIndividualWithOneAddressHasOneInvoiceContact(ShopVersion shop) {
        imports.freshShop(shop);
        imports.imported(shop, MagentoModels.PARTNER, "136");

        Map<String, Object> jane = partner(shop, "136");
        assertEquals("Jane Doe", jane.get("name"));
        assertEquals("jane.doe@example.com", jane.get("email"));
        assertEquals(false, jane.get("is_company"));
        assertEquals("contact", jane.get("type"));
        assertEquals(imports.erpId(shop, MagentoModels.PARTNER_CATEGORY, "1"), jane.get("category_id"));
        assertEquals("General", imports.row("res_partner_category", (Long) jane.get("category_id")).get("name"));

        List<Map<String, Object>> contacts = contactsOf(jane);
        assertEquals(1, contacts.size());
        Map<String, Object> culverCity = contacts.get(0);
        assertEquals(imports.erpId(shop, MagentoModels.ADDRESS, "92"), culverCity.get("id"));
        assertEquals("invoice", culverCity.get("type"));
        assertEquals("Jane Doe", culverCity.get("name"));
        assertEquals("10441 Jefferson Blvd, Suite 200", culverCity.get("street"));
        assertEquals("Culver City", culverCity.get("city"));
        assertEquals("90232", culverCity.get("zip"));
        assertEquals("California", culverCity.get("state_name"));
        assertEquals("US", culverCity.get("country_code"));
        assertEquals("888-888-8888", culverCity.get("phone"));
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void aCustomerWithNoAddressHasNoContact(ShopVersion shop) {
        imports.freshShop(shop);
        imports.imported(shop, MagentoModels.PARTNER, "139");

        Map<String, Object> benjamin = partner(shop, "139");
        assertEquals("Benjamin Le Goff", benjamin.get("name"));
        assertEquals("benjamin@example.com", benjamin.get("email"));
        assertNull(benjamin.get("street"));
        assertEquals(List.of(), contactsOf(benjamin));
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void twoAddressesAreABillingAndAShippingContact(ShopVersion shop) {
        imports.freshShop(shop);
        imports.imported(shop, MagentoModels.PARTNER, "65");

        Map<String, Object> tay = partner(shop, "65");
        assertEquals("Tay Ray", tay.get("name"));
        assertEquals("VIP Member", imports.row("res_partner_category", (Long) tay.get("category_id")).get("name"));
        assertEquals(LocalDate.of(1980, 1, 1), tay.get("birthdate") instanceof java.sql.Date date ? date.toLocalDate()
                : tay.get("birthdate"));

        List<Map<String, Object>> contacts = contactsOf(tay);
        assertEquals(2, contacts.size());
        Map<String, Object> billing = imports.row("res_partner", imports.erpId(shop, MagentoModels.ADDRESS, "35"));
        assertEquals("invoice", billing.get("type"));
        assertEquals("Canal Street", billing.get("street"));
        assertEquals(tay.get("id"), billing.get("parent_id"));
        Map<String, Object> shipping = imports.row("res_partner", imports.erpId(shop, MagentoModels.ADDRESS, "97"));
        assertEquals("delivery", shipping.get("type"));
        assertEquals("River Street", shipping.get("street"));
        assertEquals("49036", shipping.get("zip"));
        assertEquals(tay.get("id"), shipping.get("parent_id"));
    }

    @ParameterizedTest
    @EnumSource(ShopVersion.class)
    void aCustomerWhoseBillingAddressNamesACompanyIsThatCompany(ShopVersion shop) {
        imports.freshShop(shop);
        imports.imported(shop, MagentoModels.PARTNER, "104");

        Map<String, Object> drew = partner(shop, "104");
        assertEquals("Drew France", drew.get("name"));
        assertEquals(true, drew.get("is_company"));
        List<Map<String, Object>> contacts = contactsOf(drew);
        assertEquals(1, contacts.size());
        assertEquals("Lake view st", contacts.get(0).get("street"));
        assertEquals("Paris", contacts.get(0).get("city"));
        assertEquals("75008", contacts.get(0).get("zip"));
        assertEquals("FR", contacts.get(0).get("country_code"));
    }

    private Map<String, Object> partner(ShopVersion shop, String customerId) {
        return imports.row("res_partner", imports.erpId(shop, MagentoModels.PARTNER, customerId));
    }

    /** The contacts made from the customer's address book (orders add contacts of their own addresses). */
    private List<Map<String, Object>> contactsOf(Map<String, Object> partner) {
        return imports.rows("SELECT p.* FROM res_partner p JOIN magento_address b ON b.erp_id = p.id "
                + "WHERE p.parent_id = ? ORDER BY p.id", partner.get("id"));
    }
}
