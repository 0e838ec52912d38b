package io.shopbridge.sandbox.magento1.shop;

/**
 * An address an order is placed with, and the address book entry it was copied from ({@code customer_address_id}),
 * null when it was typed in at checkout.
 */
public record PlacedAddress(Long customerAddressId, String firstname, String lastname, PostalAddress address) {

    public static PlacedAddress of(CustomerAddress entry) {
        return new PlacedAddress(entry.id(), entry.firstname(), entry.lastname(), entry.address());
    }
}
