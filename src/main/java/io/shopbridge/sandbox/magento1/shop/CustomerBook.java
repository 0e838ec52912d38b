package io.shopbridge.sandbox.magento1.shop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customer groups, customers and their addresses; reached through {@link Shop#customers()}, under the shop's lock. */
public final class CustomerBook {

    private final Map<Long, CustomerGroup> groups = new LinkedHashMap<>();
    private final Map<Long, CustomerAccount> accounts = new LinkedHashMap<>();
    private final Map<Long, CustomerAddress> addresses = new LinkedHashMap<>();

    public void addGroup(CustomerGroup group) {
        groups.put(group.id(), group);
    }

    public void addAccount(CustomerAccount account, List<CustomerAddress> addressBook) {
        accounts.put(account.id(), account);
        addressBook.forEach(address -> addresses.put(address.id(), address));
    }

    public List<CustomerGroup> groups() {
        return List.copyOf(groups.values());
    }

    public List<CustomerAccount> accounts() {
        return List.copyOf(accounts.values());
    }

    public Optional<CustomerAccount> account(long id) {
        return Optional.ofNullable(accounts.get(id));
    }

    public List<CustomerAddress> addressesOf(long customerId) {
        return addresses.values().stream().filter(address -> address.customerId() == customerId).toList();
    }

    public Optional<CustomerAddress> address(long id) {
        return Optional.ofNullable(addresses.get(id));
    }

    void clear() {
        groups.clear();
        accounts.clear();
        addresses.clear();
    }
}
