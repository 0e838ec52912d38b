package io.shopbridge.sandbox.magento1;

import static io.shopbridge.sandbox.magento1.SandboxCalls.faultCode;
import static io.shopbridge.sandbox.magento1.SandboxCalls.faultString;
import static io.shopbridge.sandbox.magento1.SandboxCalls.post;
import static io.shopbridge.sandbox.magento1.SandboxCalls.stringResult;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.call;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.string;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.sandbox.magento1.shop.SeedOrders;

/**
 * {@code sales_order_shipment.addTrack / getCarriers / info / list}, as test_export_tracking_number.yaml uses them:
 * the track id comes back as a string, the carrier must be one the shop can track.
 */
@QuarkusTest
class SandboxShipmentTrackTest {

    @Inject
    Magento1Sandbox sandbox;

    @Inject
    FreshSandbox fresh;

    String session;
    String shipment;

    @BeforeEach
    void shippedOrder() {
        session = fresh.session();
        shipment = stringResult(post(call(session, "sales_order_shipment.create", string(SeedOrders.INVOICEABLE),
                struct())));
    }

    @Test
    void aTrackIsAddedToTheShipmentAndShownByInfo() {
        String updatedBefore = (String) sandbox.shipmentInfo(shipment).orElseThrow().get("updated_at");
        sandbox.advanceClock(java.time.Duration.ofMinutes(5));

        String trackId = stringResult(post(call(session, "sales_order_shipment.addTrack", string(shipment),
                string("ups"), string(""), string("XYZ"))));

        Map<String, Object> info = XmlRpcAnswers.struct(post(call(session, "sales_order_shipment.info",
                string(shipment))));
        Map<?, ?> track = (Map<?, ?>) ((List<?>) info.get("tracks")).get(0);
        assertEquals(trackId, track.get("track_id"));
        assertEquals("XYZ", track.get("track_number"));
        assertEquals("XYZ", track.get("number"));
        assertEquals("ups", track.get("carrier_code"));
        assertEquals("", track.get("title"));
        assertEquals(info.get("order_id"), track.get("order_id"));
        assertNotEquals(updatedBefore, info.get("updated_at"), "the shipment is saved with its track");
    }

    @Test
    void carriersAreTheTrackableOnesAndOthersAreRefused() {
        Map<String, Object> carriers = XmlRpcAnswers.struct(post(call(session, "sales_order_shipment.getCarriers",
                string(SeedOrders.INVOICEABLE))));
        assertEquals(List.of("custom", "dhl", "fedex", "ups", "usps", "dhlint"), List.copyOf(carriers.keySet()));
        assertEquals("United Parcel Service", carriers.get("ups"));

        String refused = post(call(session, "sales_order_shipment.addTrack", string(shipment), string("pigeon"),
                string("Pigeon"), string("1")));
        assertEquals(102, faultCode(refused));
        assertEquals("Invalid carrier specified.", faultString(refused));

        String missing = post(call(session, "sales_order_shipment.addTrack", string("999"), string("ups"),
                string(""), string("1")));
        assertEquals(100, faultCode(missing));
        assertEquals("Requested shipment not exists.", faultString(missing));
    }

    @Test
    void listFindsAnOrdersShipmentsByOrderId() {
        String orderId = (String) sandbox.orderInfo(SeedOrders.INVOICEABLE).orElseThrow().get("order_id");

        List<Map<String, Object>> listed = XmlRpcAnswers.structs(post(call(session, "sales_order_shipment.list",
                struct("order_id", struct("eq", string(orderId))))));

        assertEquals(1, listed.size());
        assertEquals(List.of("increment_id", "created_at", "total_qty", "shipment_id"),
                List.copyOf(listed.get(0).keySet()));
        assertEquals(shipment, listed.get(0).get("increment_id"));
        assertEquals(List.of(), XmlRpcAnswers.result(post(call(session, "sales_order_shipment.list",
                struct("order_id", string("1"))))));
    }
}
