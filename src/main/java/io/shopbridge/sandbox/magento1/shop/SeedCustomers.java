package io.shopbridge.sandbox.magento1.shop;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The customer groups and customers of a fresh sandbox, shaped like the sample shop's the m1 captures were recorded
 * on: an individual with one address, one with none, one with a billing and a separate shipping address, and a company
 * (in Magento 1 a company is an address's {@code company}).
 */
public final class SeedCustomers {

    public static final long JANE_DOE = 136;
    public static final long NO_ADDRESS = 139;
    public static final long TWO_ADDRESSES = 65;
    public static final long COMPANY = 104;
    public static final long VIP_GROUP = 4;

    static final CustomerAddress JANE_CULVER_CITY = new CustomerAddress(92, JANE_DOE, "Jane", "Doe",
            new PostalAddress(null, "10441 Jefferson Blvd, Suite 200", "Culver City", "California", 12L, "90232",
                    "US", "888-888-8888"),
            LocalDateTime.of(2013, 5, 17, 1, 20, 45), LocalDateTime.of(2014, 5, 3, 21, 36, 47));
    static final CustomerAddress TAY_BILLING = new CustomerAddress(35, TWO_ADDRESSES, "Tay", "Ray",
            new PostalAddress(null, "Canal Street", "Michigan", "Michigan", 33L, "49036", "US", "666-555-4423"),
            LocalDateTime.of(2013, 4, 22, 15, 32, 24), LocalDateTime.of(2017, 6, 27, 15, 24, 46));
    static final CustomerAddress TAY_SHIPPING = new CustomerAddress(97, TWO_ADDRESSES, "Tay", "Ray",
            new PostalAddress(null, "River Street", "Michigan", "Michigan", 33L, "49036", "US", "666-555-4423"),
            LocalDateTime.of(2017, 6, 27, 15, 24, 46), LocalDateTime.of(2017, 6, 27, 15, 24, 46));
    static final CustomerAddress DREW_PARIS = new CustomerAddress(73, COMPANY, "Drew", "France",
            new PostalAddress("Drew France", "Lake view st", "Paris", "Paris", 257L, "75008", "FR", "907-555-3209"),
            LocalDateTime.of(2013, 4, 24, 13, 24, 51), LocalDateTime.of(2017, 6, 27, 15, 34, 34));

    static final CustomerAccount JANE = new CustomerAccount(JANE_DOE, "jane.doe@example.com", "Jane", "Doe", 1, null,
            null, 92L, 92L, "Admin", LocalDateTime.of(2013, 5, 16, 4, 20, 45), LocalDateTime.of(2014, 5, 3, 21, 36, 47));
    static final CustomerAccount BENJAMIN = new CustomerAccount(NO_ADDRESS, "benjamin@example.com", "Benjamin",
            "Le Goff", 1, null, null, null, null, "Admin", LocalDateTime.of(2017, 6, 27, 15, 13, 8),
            LocalDateTime.of(2017, 6, 27, 15, 13, 8));
    static final CustomerAccount TAY = new CustomerAccount(TWO_ADDRESSES, "tay@example.com", "Tay", "Ray", VIP_GROUP,
            "1980-01-01 00:00:00", "1", 35L, 97L, "Admin", LocalDateTime.of(2013, 4, 22, 17, 32, 24),
            LocalDateTime.of(2017, 6, 27, 15, 24, 46));
    static final CustomerAccount DREW = new CustomerAccount(COMPANY, "drew@example.com", "Drew", "France", VIP_GROUP,
            "1985-02-08 00:00:00", "1", 73L, 73L, "Default Store View", LocalDateTime.of(2013, 4, 24, 15, 24, 51),
            LocalDateTime.of(2017, 6, 27, 15, 34, 34));

    private SeedCustomers() {
    }

    static void seed(CustomerBook book) {
        book.addGroup(new CustomerGroup(0, "NOT LOGGED IN", 3));
        book.addGroup(new CustomerGroup(1, "General", 3));
        book.addGroup(new CustomerGroup(2, "Wholesale", 3));
        book.addGroup(new CustomerGroup(3, "Retailer", 3));
        book.addGroup(new CustomerGroup(VIP_GROUP, "VIP Member", 3));
        book.addAccount(TAY, List.of(TAY_BILLING, TAY_SHIPPING));
        book.addAccount(DREW, List.of(DREW_PARIS));
        book.addAccount(JANE, List.of(JANE_CULVER_CITY));
        book.addAccount(BENJAMIN, List.of());
    }
}
