package io.shopbridge.replay;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;

/**
 * Routes of a replayed shop: instances of the templates of {@code routes/magento-templates.yaml}, as a shop of
 * {@code routes/shops.yaml} is, with the cassette shop's URL.
 */
final class ReplayRoutes {

    /** The cassette shops take any key: this names a property that exists, as a real shop's setting must. */
    private static final String API_KEY_PROPERTY = "shop.eu.api-key";

    private ReplayRoutes() {
    }

    /** @param job the job of a {@code magento-export} instance, else null */
    static void add(CamelContext camel, String template, String routeId, String shop, String version, String url,
            String job) {
        TemplatedRouteBuilder route = TemplatedRouteBuilder.builder(camel, template).routeId(routeId)
                .parameter("shop", shop)
                .parameter("version", version)
                .parameter("url", url)
                .parameter("apiUser", "replay")
                .parameter("apiKeyProperty", API_KEY_PROPERTY);
        if (job != null) {
            route.parameter("job", job);
        }
        route.add();
    }
}
