package io.shopbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.shopbridge.reliability.AppProcess;

/**
 * A mistake in the routes folder (the shipped routes, plus the one file or row a test adds) stops the packaged jar's
 * start-up with one line naming the file, the route and the problem (a file that does not parse:
 * {@link RoutesFolderIT}).
 */
class RouteMistakesIT {

    private static final String TEMPLATED_UK = """
            - templatedRoute:
                routeTemplateRef: %s
                routeId: shop-uk-export-invoice
                parameters:
            %s""";
    private static final String UK_PARAMETERS = """
                  - {name: shop, value: shop-uk}
                  - {name: version, value: "1.7"}
                  - {name: apiUser, value: api}
                  - {name: apiKeyProperty, value: %s}
            """;

    @TempDir
    Path workDir;

    private Path routes;

    @BeforeEach
    void shippedRoutes() throws IOException {
        AppProcess.copyRoutesInto(workDir);
        routes = workDir.resolve("routes").toRealPath();
    }

    @Test
    void aTemplatedRouteNamingAnUnknownTemplate() throws Exception {
        Path uk = write("uk.yaml", TEMPLATED_UK.formatted("magento-invoice-exprot",
                "      - {name: url, value: \"http://shop.uk\"}\n" + UK_PARAMETERS.formatted("shop.eu.api-key")));

        String line = StartupRefusal.refusalLine(workDir);
        assertTrue(line.startsWith("Shopbridge cannot start: routes file " + uk + ", route shop-uk-export-invoice: "
                + "template magento-invoice-exprot does not exist (templates: "), line);
        assertTrue(line.contains("magento-invoice-export"), line);
    }

    @Test
    void aMissingTemplateParameter() throws Exception {
        Path uk = write("uk.yaml", TEMPLATED_UK.formatted("magento-invoice-export",
                UK_PARAMETERS.formatted("shop.eu.api-key")));

        assertEquals("Shopbridge cannot start: routes file " + uk + ", route shop-uk-export-invoice: template "
                + "magento-invoice-export needs parameter url (base URL of the shop)", StartupRefusal.refusalLine(workDir));
    }

    @Test
    void anUnknownTemplateParameter() throws Exception {
        Path uk = write("uk.yaml", TEMPLATED_UK.formatted("magento-invoice-export",
                "      - {name: uri, value: \"http://shop.uk\"}\n" + UK_PARAMETERS.formatted("shop.eu.api-key")));

        assertEquals("Shopbridge cannot start: routes file " + uk + ", route shop-uk-export-invoice: template "
                + "magento-invoice-export has no parameter uri (its parameters: shop, version, url, apiUser, "
                + "apiKeyProperty, store, auth, batchSize)", StartupRefusal.refusalLine(workDir));
    }

    @Test
    void aSecretParameterGivenItsValueInsteadOfItsPropertyName() throws Exception {
        Path uk = write("uk.yaml", TEMPLATED_UK.formatted("magento-invoice-export",
                "      - {name: url, value: \"http://shop.uk\"}\n" + UK_PARAMETERS.formatted("\"{{shop.eu.api-key}}\"")));

        assertEquals("Shopbridge cannot start: routes file " + uk + ", route shop-uk-export-invoice: parameter "
                + "apiKeyProperty is secret: give the name of the property that holds it, not a placeholder of its "
                + "value", StartupRefusal.refusalLine(workDir));
    }

    @Test
    void aJobEndpointWithAnUnknownOption() throws Exception {
        Path probe = write("probe.yaml", """
                - route:
                    id: probe-job
                    from:
                      uri: "job:probe?backnd=shop-eu"
                      steps:
                        - log: "probe"
                """);

        assertEquals("Shopbridge cannot start: routes file " + probe + ", route probe-job: job endpoint job:probe: "
                + "Unknown job endpoint options [backnd]; known: priority, delay, maxRetries, retryPattern, channel, "
                + "identityKey, description, timeout, backend, batchSize", StartupRefusal.refusalLine(workDir));
    }

    @Test
    void aShopWithNoBackendRow() throws Exception {
        ErpStore.withBackends(workDir);

        assertEquals("Shopbridge cannot start: routes file " + routes.resolve("shops.yaml")
                + ", route shop-eu-export-invoice: backend shop-eu has no connector_backend row (the schema is "
                + "migrated: insert the row, then start again)", StartupRefusal.refusalLine(workDir));
    }

    @Test
    void aBackendRowWithNoShop() throws Exception {
        ErpStore.withBackends(workDir, "shop-eu", "shop-us", "shop-asia");

        assertEquals("Shopbridge cannot start: connector_backend row shop-asia has no route: no job route of the "
                + "routes folder ./routes runs for backend shop-asia (add its templatedRoutes, or delete the row; "
                + "shopbridge.routes.check-backends=false skips this check)", StartupRefusal.refusalLine(workDir));
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(routes.resolve(name), yaml);
    }
}
