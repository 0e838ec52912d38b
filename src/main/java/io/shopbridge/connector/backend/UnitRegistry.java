package io.shopbridge.connector.backend;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Resolves "the unit of this kind for this model and backend", most specific backend first. */
@ApplicationScoped
public class UnitRegistry {

    private record Key(Class<?> kind, String model, String backend) {
    }

    @Inject
    @Any
    Instance<ConnectorUnit> units;

    private final Map<Key, ConnectorUnit> byKey = new HashMap<>();

    @PostConstruct
    void index() {
        for (ConnectorUnit unit : units) {
            for (Class<?> kind : unitKinds(unit.getClass())) {
                Key key = new Key(kind, unit.model(), unit.backend().name());
                ConnectorUnit previous = byKey.putIfAbsent(key, unit);
                if (previous != null && previous != unit) {
                    throw new IllegalStateException("Two " + kind.getSimpleName() + " units for " + unit.model()
                            + " on " + unit.backend() + ": " + previous.getClass().getName() + " and "
                            + unit.getClass().getName());
                }
            }
        }
    }

    public <T> T unit(Class<T> kind, String model, Backend backend) {
        for (Backend candidate : backend.lineage()) {
            ConnectorUnit unit = byKey.get(new Key(kind, model, candidate.name()));
            if (unit != null) {
                return kind.cast(unit);
            }
        }
        throw new UnitNotFoundException(
                "No " + kind.getSimpleName() + " for model " + model + " on backend " + backend + " or its parents");
    }

    /** The interfaces a unit is registered under: those extending ConnectorUnit, the user-facing kinds. */
    private static List<Class<?>> unitKinds(Class<?> type) {
        List<Class<?>> kinds = new java.util.ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Class<?> iface : c.getInterfaces()) {
                if (iface != ConnectorUnit.class && ConnectorUnit.class.isAssignableFrom(iface)) {
                    kinds.add(iface);
                }
            }
        }
        return kinds;
    }
}
