package io.shopbridge.connector.console;

import java.time.Instant;

/** A binding found: its table, the shop, the ERP record and the shop's record, and when it was last synced. */
public record BindingRow(String table, String backend, long erpId, String externalId, Instant syncDate) {
}
