package io.shopbridge.connector.event;

/** A change of an ERP record: {@code create}, {@code write} or {@code unlink} of {@code model} record {@code recordId}. */
public record ConnectorEvent(Long id, String model, String kind, long recordId, String backendId) {

    public static final java.util.Set<String> KINDS = java.util.Set.of("create", "write", "unlink");
}
