package io.shopbridge.sandbox.magento1.shop;

import java.util.Map;

/** A row of {@code sales_flat_order_address}: an address copied onto the order at checkout. */
final class OrderAddress {

    private final long id;
    private final long orderId;
    private final String type;
    private final Long customerId;
    private final String email;
    private final PlacedAddress placed;

    OrderAddress(long id, long orderId, String type, Long customerId, String email, PlacedAddress placed) {
        this.id = id;
        this.orderId = orderId;
        this.type = type;
        this.customerId = customerId;
        this.email = email;
        this.placed = placed;
    }

    long id() {
        return id;
    }

    Map<String, Object> toRow() {
        PostalAddress address = placed.address();
        return new Row(Tables.ORDER_ADDRESS)
                .set("entity_id", id)
                .set("parent_id", orderId)
                .set("customer_address_id", placed.customerAddressId())
                .set("region_id", address.regionId())
                .set("customer_id", customerId)
                .set("region", address.region())
                .set("postcode", address.postcode())
                .set("lastname", placed.lastname())
                .set("street", address.street())
                .set("city", address.city())
                .set("email", email)
                .set("telephone", address.telephone())
                .set("country_id", address.countryId())
                .set("firstname", placed.firstname())
                .set("address_type", type)
                .set("company", address.company())
                .toMap();
    }
}
