package io.shopbridge.connector.console;

/** A bindings search: a table (null: all of them), and an ERP id and / or an external id; a backend narrows it. */
public record BindingQuery(String table, Long erpId, String externalId, String backend) {

    public boolean isEmpty() {
        return erpId == null && (externalId == null || externalId.isBlank());
    }
}
