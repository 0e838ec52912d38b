package io.shopbridge.sandbox.magento1.api;

import java.util.Map;
import java.util.Set;

/** An API resource as declared in a module's {@code api.xml}: its name, aliases, methods and faults. */
public interface ApiResource {

    /** The resource name, e.g. {@code sales_order_invoice}. */
    String name();

    /** Names from {@code <resources_alias>} that resolve to this resource, e.g. {@code order_invoice}; none by default. */
    default Set<String> aliases() {
        return Set.of();
    }

    /** API method name (as called, e.g. {@code list}) to its implementation. */
    Map<String, ApiMethod> methods();
}
