package io.shopbridge.magento.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.shopbridge.connector.sync.ImportedRecord;

/** A Magento customer and its address book. */
public record MagentoCustomer(String id, String email, String firstname, String lastname, String groupId,
        LocalDate dob, String taxvat, List<MagentoAddress> addresses, Instant updatedAt) implements ImportedRecord {

    /** In Magento a customer is a company through the company of its default billing address. */
    public Optional<String> company() {
        return addresses.stream().filter(MagentoAddress::billing).map(MagentoAddress::company)
                .filter(company -> company != null && !company.isBlank()).findFirst();
    }
}
