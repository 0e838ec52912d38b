package io.shopbridge.sandbox.magento1.shop;

import java.util.Map;

/** A row of {@code sales_flat_order_address}; every sandbox customer lives at the same made-up place. */
final class OrderAddress {

    private final long id;
    private final long orderId;
    private final String type;
    private final Long customerId;
    private final String email;
    private final String firstname;
    private final String lastname;

    OrderAddress(long id, long orderId, String type, Long customerId, String email, String firstname,
            String lastname) {
        this.id = id;
        this.orderId = orderId;
        this.type = type;
        this.customerId = customerId;
        this.email = email;
        this.firstname = firstname;
        this.lastname = lastname;
    }

    long id() {
        return id;
    }

    String firstname() {
        return firstname;
    }

    String lastname() {
        return lastname;
    }

    String telephone() {
        return "555-0100";
    }

    String postcode() {
        return "97477";
    }

    Map<String, Object> toRow() {
        return new Row(Tables.ORDER_ADDRESS)
                .set("entity_id", id)
                .set("parent_id", orderId)
                .set("region_id", "49")
                .set("customer_id", customerId)
                .set("region", "Oregon")
                .set("postcode", postcode())
                .set("lastname", lastname)
                .set("street", "10 Market Street")
                .set("city", "Springfield")
                .set("email", email)
                .set("telephone", telephone())
                .set("country_id", "US")
                .set("firstname", firstname)
                .set("address_type", type)
                .toMap();
    }
}
