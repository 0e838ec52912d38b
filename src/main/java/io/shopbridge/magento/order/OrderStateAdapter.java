package io.shopbridge.magento.order;

import io.shopbridge.connector.backend.ConnectorUnit;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/** Puts a shop's order in the state the ERP asks, with a comment saying so. */
public interface OrderStateAdapter extends ConnectorUnit {

    /**
     * Changes the order's state when it is not the asked one, and comments the change. A state change and a comment
     * are not idempotent on a shop: when {@code earlierRunMayHaveChanged}, an earlier run may have changed the state
     * and lost its answer, or died before its comment, so the order found in the asked state still gets the comment
     * it lacks.
     */
    void change(ConnectorEnvironment env, String orderExternalId, OrderStateExport change,
            boolean earlierRunMayHaveChanged);
}
