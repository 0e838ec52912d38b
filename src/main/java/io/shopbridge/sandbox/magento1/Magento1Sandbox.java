package io.shopbridge.sandbox.magento1;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.profile.UnlessBuildProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.shopbridge.magento.xmlrpc.XmlRpcCodec;
import io.shopbridge.sandbox.magento1.api.ApiServer;
import io.shopbridge.sandbox.magento1.api.ResourceRegistry;
import io.shopbridge.sandbox.magento1.api.SessionStore;
import io.shopbridge.sandbox.magento1.api.XmlRpcEndpoint;
import io.shopbridge.sandbox.magento1.catalog.CatalogCategoryResource;
import io.shopbridge.sandbox.magento1.catalog.CatalogProductResource;
import io.shopbridge.sandbox.magento1.catalog.StockItemResource;
import io.shopbridge.sandbox.magento1.customer.CustomerAddressResource;
import io.shopbridge.sandbox.magento1.customer.CustomerGroupResource;
import io.shopbridge.sandbox.magento1.customer.CustomerResource;
import io.shopbridge.sandbox.magento1.sales.SalesOrderInvoiceResource;
import io.shopbridge.sandbox.magento1.sales.SalesOrderShipmentResource;
import io.shopbridge.sandbox.magento1.sales.SalesOrderResource;
import io.shopbridge.sandbox.magento1.shop.Invoice;
import io.shopbridge.sandbox.magento1.shop.NewOrder;
import io.shopbridge.sandbox.magento1.shop.SandboxSeed;
import io.shopbridge.sandbox.magento1.shop.Shop;
import io.shopbridge.sandbox.magento1.shop.StockItem;

/**
 * A Magento 1.7 shop speaking the XML-RPC API (v1) for what the connector uses: sessions, {@code sales_order.*},
 * {@code sales_order_invoice.*}, {@code sales_order_shipment.*}, {@code customer*}, {@code catalog_category.*},
 * {@code catalog_product.*} and {@code cataloginventory_stock_item.*}, with Magento's fault codes and quirks. All state is in memory; it starts with the
 * {@link SandboxSeed} (customers, catalog, orders) and returns to them on {@link #reset()}.
 */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class Magento1Sandbox {

    private final SandboxClock clock = new SandboxClock(Clock.systemUTC());
    private final FailureInjector failures = new FailureInjector();
    private final Map<String, LongAdder> requestsByMethod = new ConcurrentHashMap<>();
    private final SessionStore sessions;
    private final Shop shop;
    private final XmlRpcEndpoint endpoint;

    @Inject
    public Magento1Sandbox(
            @ConfigProperty(name = "shopbridge.sandbox.magento1.api-user") String apiUser,
            @ConfigProperty(name = "shopbridge.sandbox.magento1.api-key") String apiKey,
            @ConfigProperty(name = "shopbridge.sandbox.magento1.session-timeout", defaultValue = "3600s")
            Duration sessionTimeout,
            @ConfigProperty(name = "shopbridge.sandbox.magento1.reuse-previous-qty-quirk", defaultValue = "true")
            boolean reusePreviousQtyQuirk,
            @ConfigProperty(name = "shopbridge.sandbox.magento1.max-request-bytes", defaultValue = "1048576")
            int maxRequestBytes) {
        this.sessions = new SessionStore(clock, sessionTimeout);
        this.shop = new Shop(clock, reusePreviousQtyQuirk);
        ResourceRegistry resources = new ResourceRegistry(List.of(new SalesOrderResource(shop),
                new SalesOrderInvoiceResource(shop), new SalesOrderShipmentResource(shop), new CustomerResource(shop),
                new CustomerAddressResource(shop), new CustomerGroupResource(shop), new CatalogCategoryResource(shop),
                new CatalogProductResource(shop), new StockItemResource(shop)));
        this.endpoint = new XmlRpcEndpoint(new XmlRpcCodec(maxRequestBytes),
                new ApiServer(sessions, resources, shop, apiUser, apiKey));
        shop.lockedDo(() -> SandboxSeed.plant(shop));
    }

    /** One HTTP request to the XML-RPC endpoint: an injected failure, or the XML-RPC answer (faults included). */
    public SandboxReply answer(byte[] requestBody) {
        OptionalInt failure = failures.takeFailure();
        if (failure.isPresent()) {
            return SandboxReply.text(failure.getAsInt(),
                    "HTTP " + failure.getAsInt() + " injected by the Magento 1 sandbox\n");
        }
        XmlRpcEndpoint.Served served = endpoint.serve(requestBody);
        served.apiMethods().stream().distinct()
                .forEach(method -> requestsByMethod.computeIfAbsent(method, m -> new LongAdder()).increment());
        OptionalInt lost = failures.takeLostAnswer(served.apiMethods());
        if (lost.isPresent()) {
            return SandboxReply.text(lost.getAsInt(), "HTTP " + lost.getAsInt() + " injected by the Magento 1 sandbox "
                    + "after " + String.join(", ", served.apiMethods()) + " was done\n");
        }
        return SandboxReply.xml(served.response());
    }

    /** An XML-RPC request body in, the response body out (a fault is a response too). */
    public byte[] handle(byte[] requestBody) {
        return endpoint.handle(requestBody);
    }

    /** Places an order and returns its increment id. */
    public String createOrder(NewOrder order) {
        return shop.locked(() -> shop.createOrder(order).incrementId());
    }

    /** What {@code sales_order.info} would answer for the order, read without a session. */
    public Optional<Map<String, Object>> orderInfo(String incrementId) {
        return shop.locked(() -> shop.order(incrementId).map(SalesOrderResource::infoOf));
    }

    /** What {@code sales_order_invoice.info} would answer for the invoice, read without a session. */
    public Optional<Map<String, Object>> invoiceInfo(String incrementId) {
        return shop.locked(() -> shop.invoice(incrementId).map(SalesOrderInvoiceResource::infoOf));
    }

    /** The increment ids of every invoice, oldest first. */
    public List<String> invoiceIncrementIds() {
        return shop.locked(() -> shop.invoices().stream().map(Invoice::incrementId).toList());
    }

    /** What {@code sales_order_shipment.info} would answer for the shipment, read without a session. */
    public Optional<Map<String, Object>> shipmentInfo(String incrementId) {
        return shop.locked(() -> shop.shipment(incrementId).map(SalesOrderShipmentResource::infoOf));
    }

    /** The product's stock item (what {@code cataloginventory_stock_item.list} reads), read without a session. */
    public Optional<StockItem> stockItem(long productId) {
        return shop.locked(() -> shop.catalog().product(productId).map(product -> shop.catalog().stockItem(productId)));
    }

    /** Back to the seed, no sessions, no pending failures, clock back to real time. */
    public void reset() {
        failures.clear();
        sessions.expireAll();
        clock.reset();
        shop.lockedDo(() -> {
            shop.clear();
            SandboxSeed.plant(shop);
        });
    }

    /** How many API sessions were opened (logins) since start. */
    public long sessionsOpened() {
        return sessions.opened();
    }

    /** How many requests since start called {@code apiMethod}: a {@code call}, or a {@code multiCall} among its calls. */
    public long requestsCalling(String apiMethod) {
        LongAdder requests = requestsByMethod.get(apiMethod);
        return requests == null ? 0 : requests.sum();
    }

    /** Every open session now answers fault 5, as after an hour of idling. */
    public void expireAllSessions() {
        sessions.expireAll();
    }

    /** The next {@code times} XML-RPC requests get HTTP {@code httpStatus} with a small text body and no effect. */
    public void failNext(int times, int httpStatus) {
        failures.failNext(times, httpStatus);
    }

    /**
     * The next call of {@code apiMethod} is done by the shop, but its answer is replaced by HTTP {@code httpStatus}:
     * the client cannot know it happened, as after a timeout between a proxy and the shop.
     */
    public void loseNextAnswer(String apiMethod, int httpStatus) {
        failures.loseNextAnswer(apiMethod, httpStatus);
    }

    /** Moves the sandbox's clock (session expiry, created_at of new records) forward. */
    public void advanceClock(Duration by) {
        clock.advance(by);
    }
}
