package io.shopbridge.sandbox.magento1.shop;

/** Where someone lives, as both customer addresses and order addresses store it. */
public record PostalAddress(String company, String street, String city, String region, Long regionId,
        String postcode, String countryId, String telephone) {

    /** The made-up place of every sandbox order placed without an address of its own. */
    public static final PostalAddress SPRINGFIELD = new PostalAddress(null, "10 Market Street", "Springfield",
            "Oregon", 49L, "97477", "US", "555-0100");
}
