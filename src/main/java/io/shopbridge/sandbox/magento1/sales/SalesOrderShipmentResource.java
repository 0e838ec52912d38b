package io.shopbridge.sandbox.magento1.sales;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.shopbridge.sandbox.magento1.api.ApiAttributes;
import io.shopbridge.sandbox.magento1.api.ApiMethod;
import io.shopbridge.sandbox.magento1.api.ApiResource;
import io.shopbridge.sandbox.magento1.api.Args;
import io.shopbridge.sandbox.magento1.api.CollectionFilter;
import io.shopbridge.sandbox.magento1.api.FaultTable;
import io.shopbridge.sandbox.magento1.api.FaultTable.Definition;
import io.shopbridge.sandbox.magento1.shop.ItemQtys;
import io.shopbridge.sandbox.magento1.shop.Order;
import io.shopbridge.sandbox.magento1.shop.Shipment;
import io.shopbridge.sandbox.magento1.shop.ShippingCarriers;
import io.shopbridge.sandbox.magento1.shop.Shop;
import io.shopbridge.sandbox.magento1.shop.ShopRefusal;

/** {@code sales_order_shipment} (alias {@code order_shipment}): {@code Mage_Sales_Model_Order_Shipment_Api}. */
public final class SalesOrderShipmentResource implements ApiResource {

    static final FaultTable FAULTS = new FaultTable(Map.of(
            "not_exists", new Definition(100, "Requested shipment not exists."),
            "filters_invalid", new Definition(101, "Invalid filters given. Details in error message."),
            "data_invalid", new Definition(102, "Invalid data given. Details in error message."),
            "order_not_exists", new Definition(103, "Requested order not exists."),
            "track_not_exists", new Definition(104, "Requested tracking not exists."),
            "track_not_deleted", new Definition(105, "Tracking not deleted. Details in error message.")));

    /**
     * What {@code list} selects: the collection's id, then its {@code addAttributeToSelect} fields. Its
     * {@code joinAttribute} calls (order increment id, shipping names) are no-ops on 1.7's flat tables.
     */
    private static final List<String> LIST_FIELDS = List.of("increment_id", "created_at", "total_qty");

    private final Shop shop;
    private final CollectionFilter filter;

    public SalesOrderShipmentResource(Shop shop) {
        this.shop = shop;
        this.filter = new CollectionFilter(Map.of("shipment_id", "entity_id"), new HashSet<>(Shipment.columns()));
    }

    @Override
    public String name() {
        return "sales_order_shipment";
    }

    @Override
    public Set<String> aliases() {
        return Set.of("order_shipment");
    }

    @Override
    public Map<String, ApiMethod> methods() {
        return Map.of(
                "create", this::create,
                "addTrack", this::addTrack,
                "info", args -> info(args.string(0)),
                "list", args -> list(args.get(0)),
                "getCarriers", args -> {
                    order(args.string(0));
                    return ShippingCarriers.trackable();
                });
    }

    /** The {@code sales_order_shipment.info} struct: its row, items, tracks and comments. */
    public static Map<String, Object> infoOf(Shipment shipment) {
        Map<String, Object> info = ApiAttributes.of(shipment.row(), "shipment_id");
        info.put("items", shipment.itemRows().stream().map(row -> ApiAttributes.of(row, "item_id")).toList());
        info.put("tracks", shipment.trackRows().stream().map(row -> ApiAttributes.of(row, "track_id")).toList());
        info.put("comments", shipment.commentRows().stream().map(row -> ApiAttributes.of(row, "comment_id"))
                .toList());
        return info;
    }

    /**
     * {@code create(orderIncrementId, itemsQty = {}, comment = null, email = false, includeComment = false)}: the
     * shipment increment id. An order that cannot ship is 102 {@code Cannot do shipment for order.}; a qty map that
     * ships nothing is 102 {@code Cannot create an empty shipment.}
     */
    private String create(Args args) {
        Order order = order(args.string(0));
        if (!order.canShip()) {
            throw FAULTS.fault("data_invalid", "Cannot do shipment for order.");
        }
        String comment = args.get(2) == null ? null : args.string(2);
        boolean email = args.flag(3);
        try {
            return shop.createShipment(order, ItemQtys.from(args.get(1)), comment, email && args.flag(4), email)
                    .incrementId();
        } catch (ShopRefusal e) {
            throw FAULTS.fault("data_invalid", e.getMessage());
        }
    }

    /** {@code addTrack(shipmentIncrementId, carrier, title, trackNumber)}: the new track's id, as a string. */
    private String addTrack(Args args) {
        Shipment shipment = shipment(args.string(0));
        String carrier = args.string(1);
        if (!ShippingCarriers.isTrackable(carrier)) {
            throw FAULTS.fault("data_invalid", "Invalid carrier specified.");
        }
        return Long.toString(shop.addTrack(shipment, carrier, args.string(2), args.string(3)).entityId());
    }

    private Map<String, Object> info(String incrementId) {
        return infoOf(shipment(incrementId));
    }

    private List<Map<String, Object>> list(Object filters) {
        return filter.apply(filters, shop.shipments(), Shipment::row).stream()
                .map(shipment -> {
                    Map<String, Object> row = shipment.row();
                    Map<String, Object> listed = new LinkedHashMap<>();
                    LIST_FIELDS.forEach(field -> listed.put(field, row.get(field)));
                    listed.put("shipment_id", row.get("entity_id"));
                    return listed;
                })
                .toList();
    }

    private Order order(String incrementId) {
        return shop.order(incrementId).orElseThrow(() -> FAULTS.fault("order_not_exists"));
    }

    private Shipment shipment(String incrementId) {
        return shop.shipment(incrementId).orElseThrow(() -> FAULTS.fault("not_exists"));
    }
}
