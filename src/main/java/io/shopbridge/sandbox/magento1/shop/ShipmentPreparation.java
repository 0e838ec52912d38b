package io.shopbridge.sandbox.magento1.shop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which qty of which order item goes on a new shipment: Magento 1.7's {@code Mage_Sales_Model_Service_Order::
 * prepareShipment} and {@code Shipment_Item::setQty}.
 *
 * <p>Unlike invoices, shipments do not share the "reuse the previous item's qty" quirk: the loop skips an item left
 * out of a non-empty qty map ({@code continue}) instead of reusing {@code $qty}. A qty above what is left is cut down to
 * it ({@code min}), never refused, and is cast to int for items without decimal qty. A configurable's child item rides
 * along with qty 1 when the map is empty, and qty 0 (so it is dropped) when the map names its parent, whatever the
 * parent's qty.
 */
final class ShipmentPreparation {

    record Line(OrderItem item, BigDecimal qty) {
    }

    private ShipmentPreparation() {
    }

    static List<Line> prepare(Order order, ItemQtys qtys) {
        List<Line> lines = new ArrayList<>();
        for (OrderItem item : order.items()) {
            if (!canShip(item, qtys)) {
                continue;
            }
            if (item.isDummy()) {
                lines.add(new Line(item, qtys.isEmpty() ? BigDecimal.ONE : BigDecimal.ZERO));
                continue;
            }
            Optional<BigDecimal> requested = qtys.requested(item.itemId());
            if (requested.isEmpty() && !qtys.isEmpty()) {
                continue;
            }
            BigDecimal qty = requested.map(value -> value.min(item.qtyToShip())).orElse(item.qtyToShip());
            lines.add(new Line(item, asStoredQty(item, qty)));
        }
        return lines;
    }

    /** {@code _canShipItem}: a child goes along while its parent has qty to ship, or a positive qty in the map. */
    private static boolean canShip(OrderItem item, ItemQtys qtys) {
        if (!item.isDummy()) {
            return item.qtyToShip().signum() > 0;
        }
        if (qtys.isEmpty()) {
            return item.parentQtyToShip().signum() > 0;
        }
        return qtys.requested(item.parentItemId()).map(qty -> qty.signum() > 0).orElse(false);
    }

    private static BigDecimal asStoredQty(OrderItem item, BigDecimal qty) {
        BigDecimal cast = item.isQtyDecimal() ? qty : qty.setScale(0, RoundingMode.DOWN);
        return cast.max(BigDecimal.ZERO);
    }
}
