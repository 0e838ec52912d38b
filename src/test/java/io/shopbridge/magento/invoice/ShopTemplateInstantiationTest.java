package io.shopbridge.magento.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.shopbridge.connector.job.JobHandlers;

/** A shop is a YAML instance of the version-parameterized template: one route per shop, no Java. */
@QuarkusTest
class ShopTemplateInstantiationTest {

    @Inject
    CamelContext camel;

    @Inject
    JobHandlers handlers;

    @Test
    void theShippedShopIsARouteFromTheTemplate() {
        Route route = camel.getRoute("shop-eu-export-invoice");
        assertNotNull(route);
        assertEquals("true", String.valueOf(route.getProperties().get(Route.TEMPLATE_PROPERTY)));
        assertEquals("job://export_invoice?backend=shop-eu&batchSize=25", route.getEndpoint().getEndpointUri());
        assertEquals("shop-eu-export-invoice", handlers.find("export_invoice", "shop-eu").orElseThrow().getRouteId());
    }

    @Test
    void aSecondShopIsOneMoreTemplatedRouteInYaml() throws Exception {
        String yaml = """
                - templatedRoute:
                    routeTemplateRef: magento-invoice-export
                    routeId: shop-asia-export-invoice
                    parameters:
                      - name: shop
                        value: shop-asia
                      - name: version
                        value: "1.7"
                      - name: url
                        value: http://localhost:1/nowhere
                      - name: apiUser
                        value: someone
                      - name: apiKeyProperty
                        value: shop.eu.api-key
                """;
        PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.fromString("shop-asia.yaml", yaml));
        try {
            assertTrue(camel.getRouteController().getRouteStatus("shop-asia-export-invoice").isStarted());
            assertEquals("shop-asia-export-invoice", handlers.find("export_invoice", "shop-asia").orElseThrow()
                    .getRouteId());
            assertEquals("shop-eu-export-invoice", handlers.find("export_invoice", "shop-eu").orElseThrow()
                    .getRouteId());
        } finally {
            camel.getRouteController().stopRoute("shop-asia-export-invoice");
            camel.removeRoute("shop-asia-export-invoice");
        }
    }
}
