package io.shopbridge.connector.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A version's mapping is its parent's with one rule replaced: the field keeps its place, the others are untouched,
 * the parent's mapping is unchanged, and the new rule can start from the value the replaced rule makes.
 */
class MappingOverrideOneFieldTest {

    record Invoice(String number) {
    }

    record ShopInvoice(String comment, Boolean notifyCustomer) {
    }

    private static final Field<String> COMMENT = Field.named("comment");
    private static final Field<Boolean> NOTIFY = Field.named("notify");

    private static final Mapping<Invoice, ShopInvoice> GENERIC = Mapping.<Invoice, ShopInvoice>into(
            v -> new ShopInvoice(v.get(COMMENT), v.get(NOTIFY)))
            .computed(COMMENT, (context, invoice) -> "Invoice " + invoice.number())
            .direct(NOTIFY, invoice -> false);

    @Test
    void theOverrideReplacesOneFieldAndBuildsOnTheReplacedRule() {
        Mapping<Invoice, ShopInvoice> version = GENERIC.computed(COMMENT,
                (context, invoice) -> GENERIC.value(COMMENT, context, invoice) + " (ERP)");
        MapContext context = MapContexts.forCreate(Map.of());

        assertEquals(new ShopInvoice("Invoice INV/7 (ERP)", false), version.map(context, new Invoice("INV/7")));
        assertEquals(new ShopInvoice("Invoice INV/7", false), GENERIC.map(context, new Invoice("INV/7")));
    }
}
