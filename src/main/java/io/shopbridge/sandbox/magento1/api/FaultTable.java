package io.shopbridge.sandbox.magento1.api;

import java.util.Map;

/**
 * A {@code <faults>} block of an {@code api.xml}: fault names with their code and default message. Resolution follows
 * {@code Mage_Api_Model_Server_Handler_Abstract::_fault}: a name missing from a resource's table falls back to the
 * global table and loses its custom message; a name missing there too becomes {@code 0 Unknown Error}.
 */
public final class FaultTable {

    /** {@code Mage/Api/etc/api.xml}. */
    public static final FaultTable GLOBAL = new FaultTable(Map.of(
            "unknown", new Definition(0, "Unknown Error"),
            "internal", new Definition(1, "Internal Error. Please see log for details."),
            "access_denied", new Definition(2, "Access denied."),
            "resource_path_invalid", new Definition(3, "Invalid api path."),
            "resource_path_not_callable", new Definition(4, "Resource path is not callable."),
            "session_expired", new Definition(5, "Session expired. Try to relogin."),
            "invalid_request_param", new Definition(6,
                    "Required parameter is missing, for more details see \"exception.log\".")));

    public record Definition(int code, String message) {
    }

    private final Map<String, Definition> faults;

    public FaultTable(Map<String, Definition> faults) {
        this.faults = Map.copyOf(faults);
    }

    public ApiFault fault(String name) {
        return fault(name, null);
    }

    public ApiFault fault(String name, String customMessage) {
        Definition definition = faults.get(name);
        if (definition == null) {
            return this == GLOBAL ? GLOBAL.fault("unknown") : GLOBAL.fault(name);
        }
        return new ApiFault(definition.code(), customMessage == null ? definition.message() : customMessage);
    }
}
