package io.shopbridge.sandbox.magento1.shop;

/**
 * Who placed an order; a null id is a guest checkout (customer group 0, "NOT LOGGED IN").
 *
 * @param groupId the customer group the order records
 */
public record Customer(Long id, String email, String firstname, String lastname, long groupId) {

    /** A customer of the default group, General (1), or a guest (0). */
    public Customer(Long id, String email, String firstname, String lastname) {
        this(id, email, firstname, lastname, id == null ? 0 : 1);
    }

    public static Customer guest(String email, String firstname, String lastname) {
        return new Customer(null, email, firstname, lastname);
    }

    public boolean isGuest() {
        return id == null;
    }
}
