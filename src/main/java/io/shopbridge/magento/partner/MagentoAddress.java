package io.shopbridge.magento.partner;

/**
 * A Magento address: a customer's address book entry (its id), or an address copied onto an order (its
 * {@code customerAddressId} names the book entry it came from, when it did). {@code billing} and {@code shipping} say
 * whether it is the default billing / shipping address of the customer, or the order's billing / shipping address.
 */
public record MagentoAddress(String customerAddressId, String firstname, String lastname, String company,
        String street, String city, String postcode, String region, String countryId, String telephone, String email,
        boolean billing, boolean shipping) {
}
