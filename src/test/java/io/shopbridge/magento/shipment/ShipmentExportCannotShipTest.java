package io.shopbridge.magento.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.OrderState;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.JobRows;
import io.shopbridge.support.ShipmentScenario;
import io.shopbridge.support.TestShop;
import io.shopbridge.support.TestShops;

/** A shop that cannot ship the order (it is on hold) fails the job at once, saying what it looked for first. */
@QuarkusTest
class ShipmentExportCannotShipTest {

    @Inject
    ShipmentScenario scenario;

    @Inject
    ErpFixtures db;

    @Inject
    JobRows jobs;

    @Inject
    TestShops shops;

    static Stream<Arguments> refusals() {
        return Stream.of(Arguments.of("1.7", "Magento fault 102: Cannot do shipment for order."),
                Arguments.of("2.x", "Magento shop-us answered HTTP 400: Shipment Document Validation Error(s):\n"
                        + "A shipment cannot be created when an order has a status of holded"));
    }

    @ParameterizedTest(name = "Magento {0}")
    @MethodSource("refusals")
    void theJobFailsWithTheRefusalAndWhatItChecked(String version, String refusal) {
        TestShop shop = shops.of(version);
        ShipmentScenario.Setup setup = scenario.completePicking(shop, OrderState.HOLDED);
        ShipmentScenario.Export export = scenario.bind(setup);
        jobs.awaitState(export.jobUuid(), "failed");
        assertEquals(refusal + "; looked for a record an earlier run made: checked the 0 shipment(s) of order "
                + setup.order().externalId() + " for comment 'Shipment " + setup.pickingName() + "', none is ours",
                jobs.column(export.jobUuid(), "error"));
        assertEquals(1, jobs.attempts(export.jobUuid()));
        assertNull(db.value(String.class, "SELECT external_id FROM magento_stock_picking WHERE id = ?",
                export.bindingId()));
    }
}
