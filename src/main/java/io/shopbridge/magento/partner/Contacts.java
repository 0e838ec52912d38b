package io.shopbridge.magento.partner;

import io.shopbridge.connector.mapping.Field;
import io.shopbridge.connector.mapping.Mapping;

/** Magento address → ERP contact, for a customer's address book and an order's addresses alike. */
public final class Contacts {

    private static final Field<String> TYPE = Field.named("type");
    private static final Field<String> NAME = Field.named("name");
    private static final Field<String> STREET = Field.named("street");
    private static final Field<String> CITY = Field.named("city");
    private static final Field<String> ZIP = Field.named("zip");
    private static final Field<String> STATE = Field.named("state_name");
    private static final Field<String> COUNTRY = Field.named("country_code");
    private static final Field<String> PHONE = Field.named("phone");
    private static final Field<String> EMAIL = Field.named("email");

    /** A billing address is an invoice contact, a shipping one a delivery contact (billing wins for one that is both). */
    public static final Mapping<MagentoAddress, ErpContact> FROM_ADDRESS = Mapping
            .<MagentoAddress, ErpContact>into(v -> new ErpContact(v.get(TYPE), v.get(NAME), v.get(STREET), v.get(CITY),
                    v.get(ZIP), v.get(STATE), v.get(COUNTRY), v.get(PHONE), v.get(EMAIL)))
            .direct(TYPE, address -> address.billing() ? ErpContact.INVOICE
                    : address.shipping() ? ErpContact.DELIVERY : ErpContact.OTHER)
            .direct(NAME, address -> fullName(address.firstname(), address.lastname()))
            .direct(STREET, MagentoAddress::street)
            .direct(CITY, MagentoAddress::city)
            .direct(ZIP, MagentoAddress::postcode)
            .direct(STATE, MagentoAddress::region)
            .direct(COUNTRY, MagentoAddress::countryId)
            .direct(PHONE, MagentoAddress::telephone)
            .direct(EMAIL, MagentoAddress::email);

    private Contacts() {
    }

    public static String fullName(String firstname, String lastname) {
        return (nonNull(firstname) + " " + nonNull(lastname)).trim();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
