package io.shopbridge.magento.partner;

import jakarta.inject.Singleton;

import io.shopbridge.connector.db.Statements;
import io.shopbridge.connector.sync.ConnectorEnvironment;

/** Writes imported partners and their contacts ({@code res_partner}). */
@Singleton
public class PartnerWriter {

    private static final String CONTACT_COLUMNS = "type = ?, name = ?, street = ?, city = ?, zip = ?, state_name = ?, "
            + "country_code = ?, phone = ?, email = ?";

    public long insertPartner(ConnectorEnvironment env, ErpPartner partner) {
        return Statements.insert(env.connection(), """
                INSERT INTO res_partner (name, email, is_company, category_id, birthdate, vat) VALUES (?, ?, ?, ?, ?, ?)""",
                partner.name(), partner.email(), partner.company(), partner.categoryId(), partner.birthdate(),
                partner.vat());
    }

    public void updatePartner(ConnectorEnvironment env, long partnerId, ErpPartner partner) {
        Statements.update(env.connection(), """
                UPDATE res_partner SET name = ?, email = ?, is_company = ?, category_id = ?, birthdate = ?, vat = ?,
                    write_date = CURRENT_TIMESTAMP
                WHERE id = ?""", partner.name(), partner.email(), partner.company(), partner.categoryId(),
                partner.birthdate(), partner.vat(), partnerId);
    }

    public long insertContact(ConnectorEnvironment env, long partnerId, ErpContact contact) {
        return Statements.insert(env.connection(), """
                INSERT INTO res_partner (parent_id, type, name, street, city, zip, state_name, country_code, phone, email)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", partnerId, contact.type(), contact.name(), contact.street(),
                contact.city(), contact.zip(), contact.stateName(), contact.countryCode(), contact.phone(),
                contact.email());
    }

    public void updateContact(ConnectorEnvironment env, long contactId, ErpContact contact) {
        Statements.update(env.connection(), "UPDATE res_partner SET " + CONTACT_COLUMNS
                + ", write_date = CURRENT_TIMESTAMP WHERE id = ?", contact.type(), contact.name(), contact.street(),
                contact.city(), contact.zip(), contact.stateName(), contact.countryCode(), contact.phone(),
                contact.email(), contactId);
    }
}
