package io.shopbridge.connector.backend;

import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The backend kinds the installed connectors declare (as CDI-produced {@link Backend}s), by type and version. */
@ApplicationScoped
public class BackendCatalog {

    @Inject
    @Any
    Instance<Backend> declared;

    private final Map<String, Backend> byName = new HashMap<>();

    @PostConstruct
    void index() {
        for (Backend backend : declared) {
            for (Backend b : backend.lineage()) {
                byName.put(b.name(), b);
            }
        }
    }

    public Backend backend(String type, String version) {
        Backend backend = byName.get(version == null || version.isBlank() ? type : type + " " + version);
        if (backend == null) {
            throw new UnitNotFoundException("Unknown backend '" + type + " " + version + "', known: " + byName.keySet());
        }
        return backend;
    }
}
