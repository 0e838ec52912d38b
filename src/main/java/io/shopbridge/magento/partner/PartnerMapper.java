package io.shopbridge.magento.partner;

import static io.shopbridge.connector.mapping.Converters.erpId;

import java.time.LocalDate;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.mapping.Field;
import io.shopbridge.connector.mapping.ImportMapper;
import io.shopbridge.connector.mapping.Mapping;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/**
 * Magento customer → ERP partner: a customer whose default billing address names a company is that company; its
 * group is its category (imported before it).
 */
@Singleton
public class PartnerMapper implements ImportMapper<MagentoCustomer, ErpPartner> {

    private static final Field<String> NAME = Field.named("name");
    private static final Field<String> EMAIL = Field.named("email");
    private static final Field<Boolean> COMPANY = Field.named("is_company");
    private static final Field<Long> CATEGORY = Field.named("category_id");
    private static final Field<LocalDate> BIRTHDATE = Field.named("birthdate");
    private static final Field<String> VAT = Field.named("vat");

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.PARTNER;
    }

    @Override
    public Mapping<MagentoCustomer, ErpPartner> mapping() {
        return Mapping.<MagentoCustomer, ErpPartner>into(v -> new ErpPartner(v.get(NAME), v.get(EMAIL),
                v.get(COMPANY), v.get(CATEGORY), v.get(BIRTHDATE), v.get(VAT)))
                .direct(NAME, customer -> customer.company()
                        .orElse(Contacts.fullName(customer.firstname(), customer.lastname())))
                .direct(EMAIL, MagentoCustomer::email)
                .direct(COMPANY, customer -> customer.company().isPresent())
                .direct(CATEGORY, MagentoCustomer::groupId, erpId(MagentoModels.PARTNER_CATEGORY))
                .direct(BIRTHDATE, MagentoCustomer::dob)
                .direct(VAT, MagentoCustomer::taxvat);
    }
}
