package io.shopbridge.magento.partner;

import java.time.LocalDate;

/** A partner ({@code res_partner}, a customer, not a contact) as an import writes it. */
public record ErpPartner(String name, String email, boolean company, Long categoryId, LocalDate birthdate,
        String vat) {
}
