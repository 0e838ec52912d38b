package io.shopbridge.sandbox.magento1.shop;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A customer's address book entry (an EAV {@code customer_address} entity). */
public record CustomerAddress(long id, long customerId, String firstname, String lastname, PostalAddress address,
        LocalDateTime createdAt, LocalDateTime updatedAt) {

    /** Every attribute {@code customer_address.info} reads, without {@code entity_id} and {@code parent_id}. */
    public Map<String, Object> attributes() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("created_at", DbTime.format(createdAt));
        row.put("updated_at", DbTime.format(updatedAt));
        row.put("increment_id", null);
        row.put("city", address.city());
        row.put("company", address.company());
        row.put("country_id", address.countryId());
        row.put("fax", null);
        row.put("firstname", firstname);
        row.put("lastname", lastname);
        row.put("middlename", null);
        row.put("postcode", address.postcode());
        row.put("prefix", null);
        row.put("region", address.region());
        row.put("region_id", address.regionId() == null ? null : address.regionId().toString());
        row.put("street", address.street());
        row.put("suffix", null);
        row.put("telephone", address.telephone());
        row.put("vat_id", null);
        row.put("vat_is_valid", null);
        row.put("vat_request_date", null);
        row.put("vat_request_id", null);
        row.put("vat_request_success", null);
        return row;
    }
}
