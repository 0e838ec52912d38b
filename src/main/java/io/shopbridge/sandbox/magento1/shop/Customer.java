package io.shopbridge.sandbox.magento1.shop;

/** Who placed an order; a null id is a guest checkout (customer group 0, "NOT LOGGED IN"). */
public record Customer(Long id, String email, String firstname, String lastname) {

    public static Customer guest(String email, String firstname, String lastname) {
        return new Customer(null, email, firstname, lastname);
    }

    public boolean isGuest() {
        return id == null;
    }

    long groupId() {
        return isGuest() ? 0 : 1;
    }
}
