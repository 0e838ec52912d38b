package io.shopbridge.magento.order;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.mapping.ExportMapper;
import io.shopbridge.connector.mapping.Field;
import io.shopbridge.connector.mapping.Mapping;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.order.OrderStateExport.Target;

/**
 * ERP order state → Magento order state: {@code cancel} cancels, {@code hold} holds, any other state releases a held
 * order; the comment names the ERP order and what the ERP did.
 */
@Singleton
public class OrderStateMapper implements ExportMapper<ErpOrderState, OrderStateExport> {

    private static final Field<Target> TARGET = Field.named("target");
    private static final Field<String> COMMENT = Field.named("comment");

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.SALE_ORDER;
    }

    @Override
    public Mapping<ErpOrderState, OrderStateExport> mapping() {
        return Mapping.<ErpOrderState, OrderStateExport>into(v -> new OrderStateExport(v.get(TARGET), v.get(COMMENT)))
                .direct(TARGET, ErpOrderState::state, (context, state) -> target(state))
                .computed(COMMENT, (context, order) -> switch (target(order.state())) {
                    case CANCELED -> "Order " + order.name() + " canceled in the ERP";
                    case HOLDED -> "Order " + order.name() + " put on hold in the ERP";
                    case ACTIVE -> "Order " + order.name() + " released in the ERP";
                });
    }

    private static Target target(String erpState) {
        return switch (erpState) {
            case "cancel" -> Target.CANCELED;
            case "hold" -> Target.HOLDED;
            default -> Target.ACTIVE;
        };
    }
}
