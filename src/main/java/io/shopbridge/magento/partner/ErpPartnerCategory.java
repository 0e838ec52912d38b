package io.shopbridge.magento.partner;

/** A partner category ({@code res_partner_category}) as an import writes it. */
public record ErpPartnerCategory(String name) {
}
