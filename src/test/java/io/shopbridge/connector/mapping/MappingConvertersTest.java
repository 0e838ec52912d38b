package io.shopbridge.connector.mapping;

import static io.shopbridge.connector.mapping.Converters.bool;
import static io.shopbridge.connector.mapping.Converters.decimal;
import static io.shopbridge.connector.mapping.Converters.erpId;
import static io.shopbridge.connector.mapping.Converters.externalId;
import static io.shopbridge.connector.mapping.Converters.instant;
import static io.shopbridge.connector.mapping.Converters.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Direct fields with converters, both ways: a backend's raw record in, and an ERP record out. */
class MappingConvertersTest {

    private static final String PATTERN = "yyyy-MM-dd HH:mm:ss";

    record ErpOrder(Long partnerId, BigDecimal total, Boolean paid, Instant orderedAt) {
    }

    record ShopOrder(String customerId, BigDecimal total, Boolean paid, String createdAt) {
    }

    private static final Field<Long> PARTNER = Field.named("partner");
    private static final Field<BigDecimal> TOTAL = Field.named("total");
    private static final Field<Boolean> PAID = Field.named("paid");
    private static final Field<Instant> ORDERED_AT = Field.named("ordered_at");
    private static final Field<String> CUSTOMER = Field.named("customer");
    private static final Field<String> CREATED_AT = Field.named("created_at");

    @Test
    void aRawRecordIsMappedToAnErpRecordWithIdsThroughTheBinder() {
        Mapping<Map<String, ?>, ErpOrder> in = Mapping.<Map<String, ?>, ErpOrder>into(
                v -> new ErpOrder(v.get(PARTNER), v.get(TOTAL), v.get(PAID), v.get(ORDERED_AT)))
                .direct(PARTNER, Mapping.key("customer_id"), erpId("shop.customer"))
                .direct(TOTAL, Mapping.key("grand_total"), decimal())
                .direct(PAID, Mapping.key("is_paid"), bool())
                .direct(ORDERED_AT, Mapping.key("created_at"), instant(PATTERN));

        ErpOrder order = in.map(MapContexts.forCreate(Map.of(7L, "144")), Map.of("customer_id", "144",
                "grand_total", "2102.2500", "is_paid", "0", "created_at", "2013-05-25 21:37:05"));

        assertEquals(new ErpOrder(7L, new BigDecimal("2102.2500"), false, Instant.parse("2013-05-25T21:37:05Z")),
                order);
    }

    @Test
    void anErpRecordIsMappedToAShopRecordAndNullsStayNull() {
        Mapping<ErpOrder, ShopOrder> out = Mapping.<ErpOrder, ShopOrder>into(
                v -> new ShopOrder(v.get(CUSTOMER), v.get(TOTAL), v.get(PAID), v.get(CREATED_AT)))
                .direct(CUSTOMER, ErpOrder::partnerId, externalId("shop.customer"))
                .direct(TOTAL, ErpOrder::total)
                .direct(PAID, ErpOrder::paid)
                .direct(CREATED_AT, ErpOrder::orderedAt, text(PATTERN));

        assertEquals(new ShopOrder("144", new BigDecimal("5"), true, "2013-05-25 21:37:05"), out.map(
                MapContexts.forCreate(Map.of(7L, "144")),
                new ErpOrder(7L, new BigDecimal("5"), true, Instant.parse("2013-05-25T21:37:05Z"))));
        assertEquals(new ShopOrder(null, null, null, null), out.map(MapContexts.forCreate(Map.of()),
                new ErpOrder(8L, null, null, null)), "an unbound id and absent values map to null");
    }

    @Test
    void flagsAndDecimalsAreReadAsApisWriteThem() {
        MapContext context = MapContexts.forCreate(Map.of());
        Map<Object, Boolean> flags = new HashMap<>();
        flags.put(true, true);
        flags.put(1, true);
        flags.put("1", true);
        flags.put("true", true);
        flags.put("0", false);
        flags.put("", false);
        flags.put(0.0, false);
        flags.forEach((value, expected) -> assertEquals(expected, bool().convert(context, value), "flag " + value));
        assertEquals(new BigDecimal("30.0"), decimal().convert(context, 30.0));
        assertEquals(new BigDecimal("12.5000"), decimal().convert(context, " 12.5000"));
        assertNull(decimal().convert(context, ""));
    }
}
