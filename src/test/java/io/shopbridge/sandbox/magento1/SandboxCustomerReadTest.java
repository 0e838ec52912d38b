package io.shopbridge.sandbox.magento1;

import static io.shopbridge.sandbox.magento1.SandboxCalls.faultCode;
import static io.shopbridge.sandbox.magento1.SandboxCalls.faultString;
import static io.shopbridge.sandbox.magento1.SandboxCalls.post;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.call;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.string;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code customer.info / list}, {@code customer_address.list / info} and {@code customer_group.list} answer the seed
 * customers with the fields of the m1 partner captures (test_import_partner_*.yaml); 1.7 dates stay DATETIME text.
 */
@QuarkusTest
class SandboxCustomerReadTest {

    @Inject
    FreshSandbox fresh;

    String session;

    @BeforeEach
    void freshSandboxAndSession() {
        session = fresh.session();
    }

    @Test
    void infoOfACustomerWithTwoAddressesNamesBothDefaults() {
        Map<String, Object> tay = XmlRpcAnswers.struct(post(call(session, "customer.info", "<value><int>65</int></value>")));

        assertEquals(List.of("customer_id", "created_at", "updated_at", "increment_id", "store_id", "website_id",
                "confirmation", "created_in", "default_billing", "default_shipping", "disable_auto_group_change", "dob",
                "email", "firstname", "gender", "group_id", "lastname", "middlename", "password_hash", "prefix",
                "rp_token", "rp_token_created_at", "suffix", "taxvat"), List.copyOf(tay.keySet()));
        assertEquals("65", tay.get("customer_id"));
        assertEquals("2013-04-22 17:32:24", tay.get("created_at"));
        assertEquals("tay@example.com", tay.get("email"));
        assertEquals("4", tay.get("group_id"));
        assertEquals("35", tay.get("default_billing"));
        assertEquals("97", tay.get("default_shipping"));
        assertEquals("1980-01-01 00:00:00", tay.get("dob"));
        assertNull(tay.get("increment_id"));
    }

    @Test
    void addressesAreListedForTheFilterStructOcaSendsAsCustomerId() {
        List<Map<String, Object>> addresses = XmlRpcAnswers.structs(post(call(session, "customer_address.list",
                struct("customer_id", struct("eq", string("65"))))));

        assertEquals(2, addresses.size());
        Map<String, Object> billing = addresses.get(0);
        assertEquals(List.of("customer_address_id", "created_at", "updated_at", "city", "country_id", "firstname",
                "lastname", "postcode", "region", "region_id", "street", "telephone", "is_default_billing",
                "is_default_shipping"), List.copyOf(billing.keySet()), "NULL attributes are left out of a list");
        assertEquals("35", billing.get("customer_address_id"));
        assertEquals("Canal Street", billing.get("street"));
        assertEquals(true, billing.get("is_default_billing"));
        assertEquals(false, billing.get("is_default_shipping"));
        assertEquals(true, addresses.get(1).get("is_default_shipping"));
    }

    @Test
    void aCompanyIsTheCompanyOfItsAddressAndACustomerMayHaveNoAddress() {
        Map<String, Object> paris = XmlRpcAnswers.struct(post(call(session, "customer_address.info", string("73"))));
        assertEquals("Drew France", paris.get("company"));
        assertEquals("FR", paris.get("country_id"));
        assertEquals("257", paris.get("region_id"));
        assertNull(paris.get("fax"), "info keeps NULL attributes");

        assertEquals(List.of(), XmlRpcAnswers.result(post(call(session, "customer_address.list", string("139")))));
        Map<String, Object> benjamin = XmlRpcAnswers.struct(post(call(session, "customer.info", string("139"))));
        assertNull(benjamin.get("default_billing"));
    }

    @Test
    void listFiltersOnAttributesAndLeavesNullsOut() {
        List<Map<String, Object>> vips = XmlRpcAnswers.structs(post(call(session, "customer.list",
                struct("group_id", struct("eq", string("4"))))));

        assertEquals(List.of("65", "104"), vips.stream().map(row -> row.get("customer_id")).toList());
        assertFalse(vips.get(0).containsKey("taxvat"));
        assertEquals("Drew", vips.get(1).get("firstname"));
    }

    @Test
    void groupsListIdAndCodeOnly() {
        List<Map<String, Object>> groups = XmlRpcAnswers.structs(post(call(session, "customer_group.list")));

        assertEquals(Map.of("customer_group_id", "4", "customer_group_code", "VIP Member"), groups.get(4));
        assertEquals("NOT LOGGED IN", groups.get(0).get("customer_group_code"));
    }

    @Test
    void unknownCustomersAddressesAndAttributesAreFaults() {
        String noCustomer = post(call(session, "customer.info", string("999")));
        assertEquals(102, faultCode(noCustomer));
        assertEquals("Customer not exists.", faultString(noCustomer));

        String noAddressOwner = post(call(session, "customer_address.list", string("999")));
        assertEquals(101, faultCode(noAddressOwner));

        String noAddress = post(call(session, "customer_address.info", string("999")));
        assertEquals(102, faultCode(noAddress));
        assertEquals("Address not exists.", faultString(noAddress));

        String badFilter = post(call(session, "customer.list", struct("shoe_size", string("9"))));
        assertEquals(101, faultCode(badFilter));
        assertEquals("Invalid attribute name: shoe_size", faultString(badFilter));
    }
}
