package io.shopbridge.connector.mapping;

import java.util.Map;
import java.util.Optional;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.backend.BackendInstance;
import io.shopbridge.connector.backend.UnitRegistry;
import io.shopbridge.connector.binding.Binder;
import io.shopbridge.connector.binding.Binding;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/** Map contexts without Quarkus: one backend whose binder of every model binds the given ERP ids. */
final class MapContexts {

    static final Backend SHOP = Backend.root("shop");

    private MapContexts() {
    }

    static MapContext forCreate(Map<Long, String> bound) {
        return new MapContext(environment(bound), true);
    }

    static MapContext forUpdate(Map<Long, String> bound) {
        return new MapContext(environment(bound), false);
    }

    private static ConnectorEnvironment environment(Map<Long, String> bound) {
        Binder binder = new MapBinder(bound);
        UnitRegistry units = new UnitRegistry() {
            @Override
            public <T> T unit(Class<T> kind, String model, Backend backend) {
                return kind.cast(binder);
            }
        };
        return new ConnectorEnvironment(new BackendInstance("shop-1", SHOP, Map.of()), "shop.thing", null, units);
    }

    /** ERP id ⇄ external id from a map; binding ids are the ERP ids. */
    private record MapBinder(Map<Long, String> bound) implements Binder {

        @Override
        public Backend backend() {
            return SHOP;
        }

        @Override
        public String model() {
            return "shop.thing";
        }

        @Override
        public Optional<Binding> read(ConnectorEnvironment env, long bindingId) {
            return forErp(env, bindingId);
        }

        @Override
        public Optional<Long> toErp(ConnectorEnvironment env, String externalId) {
            return bound.entrySet().stream().filter(e -> e.getValue().equals(externalId)).map(Map.Entry::getKey)
                    .findFirst();
        }

        @Override
        public Optional<Binding> forErp(ConnectorEnvironment env, long erpId) {
            return Optional.ofNullable(bound.get(erpId))
                    .map(externalId -> new Binding(erpId, "shop-1", erpId, externalId, null));
        }

        @Override
        public void lock(ConnectorEnvironment env, long bindingId) {
        }

        @Override
        public void bind(ConnectorEnvironment env, long bindingId, String externalId) {
            throw new UnsupportedOperationException("mappings only read bindings");
        }
    }
}
