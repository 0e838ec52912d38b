package io.shopbridge.magento.partner;

/**
 * A contact of a partner ({@code res_partner} with a parent), made from an address: Odoo's type says what it is for,
 * {@value #INVOICE}, {@value #DELIVERY} or {@value #OTHER}.
 */
public record ErpContact(String type, String name, String street, String city, String zip, String stateName,
        String countryCode, String phone, String email) {

    public static final String INVOICE = "invoice";
    public static final String DELIVERY = "delivery";
    public static final String OTHER = "other";

    /** The same place and person, whatever the contact is for. */
    public boolean samePlaceAs(ErpContact other) {
        return other != null && equals(new ErpContact(type, other.name, other.street, other.city, other.zip,
                other.stateName, other.countryCode, other.phone, other.email));
    }
}
