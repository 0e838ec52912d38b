package io.shopbridge.sandbox.magento1.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Resolves an api path such as {@code order.info} to a resource method, aliases first. */
public final class ResourceRegistry {

    private final Map<String, ApiResource> resources = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();

    public ResourceRegistry(List<ApiResource> resources) {
        resources.forEach(resource -> {
            this.resources.put(resource.name(), resource);
            resource.aliases().forEach(alias -> aliases.put(alias, resource.name()));
        });
    }

    /** @throws ApiFault 3 {@code Invalid api path.} for anything that is not a known resource.method */
    ApiMethod resolve(String apiPath) {
        // PHP's list($resource, $method) = explode('.', $path): a third segment is ignored
        String[] parts = apiPath == null ? new String[0] : apiPath.split("\\.", -1);
        String resourceName = parts.length > 0 ? parts[0] : "";
        String methodName = parts.length > 1 ? parts[1] : "";
        if (resourceName.isEmpty() || methodName.isEmpty()) {
            throw FaultTable.GLOBAL.fault("resource_path_invalid");
        }
        ApiResource resource = resources.get(aliases.getOrDefault(resourceName, resourceName));
        ApiMethod method = resource == null ? null : resource.methods().get(methodName);
        if (method == null) {
            throw FaultTable.GLOBAL.fault("resource_path_invalid");
        }
        return method;
    }
}
