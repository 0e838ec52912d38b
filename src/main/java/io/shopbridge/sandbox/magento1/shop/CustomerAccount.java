package io.shopbridge.sandbox.magento1.shop;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A registered customer (an EAV {@code customer} entity). Individual or company is not a customer field in Magento 1:
 * a company shows in the {@code company} of an address.
 *
 * @param defaultBilling a {@link CustomerAddress} id, or null when the customer has no address
 */
public record CustomerAccount(long id, String email, String firstname, String lastname, long groupId, String dob,
        String gender, Long defaultBilling, Long defaultShipping, String createdIn, LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    /**
     * Every attribute {@code customer.info} reads, without {@code entity_id}, in Magento's order: the entity's static
     * columns, then the EAV attributes by code. Dates are the raw DATETIME text: 1.7 has no backend that reformats
     * {@code created_at} on load (1.9 answers it as ISO 8601 with the store's offset).
     */
    public Map<String, Object> attributes() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("created_at", DbTime.format(createdAt));
        row.put("updated_at", DbTime.format(updatedAt));
        row.put("increment_id", null);
        row.put("store_id", "0");
        row.put("website_id", "1");
        row.put("confirmation", null);
        row.put("created_in", createdIn);
        row.put("default_billing", defaultBilling == null ? null : defaultBilling.toString());
        row.put("default_shipping", defaultShipping == null ? null : defaultShipping.toString());
        row.put("disable_auto_group_change", "0");
        row.put("dob", dob);
        row.put("email", email);
        row.put("firstname", firstname);
        row.put("gender", gender);
        row.put("group_id", Long.toString(groupId));
        row.put("lastname", lastname);
        row.put("middlename", null);
        // salted md5 as 1.7 stores it; made up, but shaped like the real thing
        row.put("password_hash", Long.toHexString(id * 0x9E3779B97F4A7C15L) + Long.toHexString(id * 31 + 7)
                + ":" + email.length() + "sandbox" + id);
        row.put("prefix", null);
        row.put("rp_token", null);
        row.put("rp_token_created_at", null);
        row.put("suffix", null);
        row.put("taxvat", null);
        return row;
    }

    /** The codes of {@link #attributes()}, the same for every customer: what a {@code customer.list} may filter on. */
    public static Set<String> attributeCodes() {
        return new CustomerAccount(0, "", "", "", 0, null, null, null, null, "", null, null).attributes().keySet();
    }

    /** The order-side view of this customer. */
    public Customer asOrderCustomer() {
        return new Customer(id, email, firstname, lastname, groupId);
    }
}
