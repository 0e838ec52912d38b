package io.shopbridge.sandbox.magento1.shop;

import java.util.LinkedHashMap;
import java.util.Map;

/** A row of {@code customer_group}; group 0 is "NOT LOGGED IN", the group of guest orders. */
public record CustomerGroup(long id, String code, long taxClassId) {

    /** {@code $group->toArray(array('customer_group_id', 'customer_group_code'))}: only those two, as strings. */
    public Map<String, Object> listRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("customer_group_id", Long.toString(id));
        row.put("customer_group_code", code);
        return row;
    }
}
