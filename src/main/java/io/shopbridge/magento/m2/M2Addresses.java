package io.shopbridge.magento.m2;

import io.shopbridge.magento.partner.MagentoAddress;

/**
 * Address book entries and order addresses on 2.x: the street is a list of lines, the region an object in the book
 * (text on an order), and an order address copied from no book entry names entry 0.
 */
final class M2Addresses {

    private M2Addresses() {
    }

    /** An entry of a customer's address book. */
    static MagentoAddress bookEntry(M2Record address, boolean billing, boolean shipping) {
        M2Record region = address.record("region");
        return new MagentoAddress(address.id("id"), address.text("firstname"), address.text("lastname"),
                address.text("company"), street(address), address.text("city"), address.text("postcode"),
                region == null ? address.text("region") : region.text("region"), address.text("country_id"),
                address.text("telephone"), address.text("email"), billing, shipping);
    }

    /** An address of an order. */
    static MagentoAddress ofOrder(M2Record address, boolean billing) {
        return new MagentoAddress(address.id("customer_address_id"), address.text("firstname"),
                address.text("lastname"), address.text("company"), street(address), address.text("city"),
                address.text("postcode"), address.text("region"), address.text("country_id"),
                address.text("telephone"), address.text("email"), billing, !billing);
    }

    /** The lines as 1.x keeps them, one text with a line feed between lines. */
    private static String street(M2Record address) {
        String street = String.join("\n", address.texts("street"));
        return street.isEmpty() ? null : street;
    }
}
