package io.shopbridge.magento.m1;

import io.shopbridge.magento.partner.MagentoAddress;

/** Customer address book entries and order addresses share their M1 columns. */
final class M1Addresses {

    private M1Addresses() {
    }

    static MagentoAddress address(M1Row row, boolean billing, boolean shipping) {
        return new MagentoAddress(row.text("customer_address_id"), row.text("firstname"), row.text("lastname"),
                row.text("company"), row.text("street"), row.text("city"), row.text("postcode"), row.text("region"),
                row.text("country_id"), row.text("telephone"), row.text("email"), billing, shipping);
    }
}
