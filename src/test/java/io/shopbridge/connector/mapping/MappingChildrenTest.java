package io.shopbridge.connector.mapping;

import static io.shopbridge.connector.mapping.Converters.externalId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Lines are mapped by a child mapping; a line the child maps to null (no shop item) is left out. */
class MappingChildrenTest {

    record Line(long orderLineId, BigDecimal qty) {
    }

    record Shipment(String name, List<Line> lines) {
    }

    record ItemQty(String itemId, BigDecimal qty) {
    }

    record ShopShipment(String comment, List<ItemQty> items) {
    }

    private static final Field<String> ITEM = Field.named("item");
    private static final Field<BigDecimal> QTY = Field.named("qty");
    private static final Field<String> COMMENT = Field.named("comment");
    private static final Field<List<ItemQty>> ITEMS = Field.named("items");

    @Test
    void eachLineIsMappedInOrderAndUnboundOnesAreLeftOut() {
        Mapping<Line, ItemQty> line = Mapping.<Line, ItemQty>into(
                v -> v.get(ITEM) == null ? null : new ItemQty(v.get(ITEM), v.get(QTY)))
                .direct(ITEM, Line::orderLineId, externalId("shop.order.line"))
                .direct(QTY, Line::qty);
        Mapping<Shipment, ShopShipment> shipment = Mapping.<Shipment, ShopShipment>into(
                v -> new ShopShipment(v.get(COMMENT), v.get(ITEMS)))
                .computed(COMMENT, (context, s) -> "Shipment " + s.name())
                .children(ITEMS, Shipment::lines, line);

        ShopShipment mapped = shipment.map(MapContexts.forCreate(Map.of(1L, "598", 3L, "600")),
                new Shipment("WH/OUT/7", List.of(new Line(3, BigDecimal.ONE), new Line(2, BigDecimal.TEN),
                        new Line(1, new BigDecimal("2")))));

        assertEquals(new ShopShipment("Shipment WH/OUT/7", List.of(new ItemQty("600", BigDecimal.ONE),
                new ItemQty("598", new BigDecimal("2")))), mapped);
    }
}
