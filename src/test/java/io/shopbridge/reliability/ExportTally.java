package io.shopbridge.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run left, counted from the shop's own invoices against the ERP's bindings: an ERP invoice is lost when the
 * shop has no invoice of it, duplicated once for each extra one, wrong when its quantities differ, unbound when the
 * ERP does not hold the shop's id of it.
 */
public record ExportTally(long records, long lost, long duplicated, long wrongQuantities, long unbound, List<String> examples) {

    public static ExportTally count(List<ShopProcess.PlacedOrder> orders, List<ShopProcess.ShopInvoice> shopInvoices,
            Map<Long, String> bindings) {
        Map<String, List<ShopProcess.ShopInvoice>> byOrder = new HashMap<>();
        for (ShopProcess.ShopInvoice invoice : shopInvoices) {
            byOrder.computeIfAbsent(invoice.orderIncrementId(), k -> new ArrayList<>()).add(invoice);
        }
        long lost = 0;
        long duplicated = 0;
        long wrong = 0;
        long unbound = 0;
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            long n = i + 1;
            ShopProcess.PlacedOrder order = orders.get(i);
            List<ShopProcess.ShopInvoice> invoices = byOrder.getOrDefault(order.incrementId(), List.of());
            if (invoices.isEmpty()) {
                lost++;
                example(examples, ErpDatabase.invoiceNumber(n) + ": no invoice on the shop");
                continue;
            }
            if (invoices.size() > 1) {
                duplicated += invoices.size() - 1;
                example(examples, ErpDatabase.invoiceNumber(n) + ": " + invoices.size() + " invoices on the shop");
            }
            ShopProcess.ShopInvoice invoice = invoices.get(0);
            if (!invoice.comments().contains(ErpDatabase.comment(n))
                    || !quantities(invoice).equals(Map.of(order.itemA(), 2.0, order.itemB(), 1.0))) {
                wrong++;
                example(examples, ErpDatabase.invoiceNumber(n) + ": shop invoice " + invoice);
            }
            if (!invoice.incrementId().equals(bindings.get(n))) {
                unbound++;
                example(examples, ErpDatabase.invoiceNumber(n) + ": bound to " + bindings.get(n) + ", shop has "
                        + invoice.incrementId());
            }
        }
        return new ExportTally(orders.size(), lost, duplicated, wrong, unbound, examples);
    }

    private static Map<String, Double> quantities(ShopProcess.ShopInvoice invoice) {
        Map<String, Double> quantities = new HashMap<>();
        invoice.items().forEach((item, qty) -> quantities.put(item, Double.valueOf(qty)));
        return quantities;
    }

    private static void example(List<String> examples, String line) {
        if (examples.size() < 10) {
            examples.add(line);
        }
    }
}
