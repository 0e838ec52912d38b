package io.shopbridge.connector.backend;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Map;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.shopbridge.connector.job.JobPauses;
import io.shopbridge.support.ErpFixtures;
import io.shopbridge.support.SandboxFaults;

/**
 * A shop's MBean counts the calls its client makes (the background logins included), its failures in a row and the
 * last error, and is read the same through the platform MBean server and through Jolokia over HTTP; its operations
 * pause and resume the shop's jobs.
 */
@QuarkusTest
class BackendMBeanTest {

    private static final String NAME = "io.shopbridge:type=Backend,name=\"shop-eu\"";

    @Inject
    ErpFixtures erp;

    @Inject
    Instance<JobPauses> pauses;

    @Inject
    BackendMonitor monitor;

    @ConfigProperty(name = "quarkus.camel.jolokia.server.port")
    int jolokiaPort;

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @BeforeEach
    void shopIsABackend() {
        erp.backend("shop-eu", "1.7");
        monitor.refresh();
    }

    @AfterEach
    void shopServesAgain() {
        SandboxFaults.stop();
    }

    @Test
    void callsFailuresAndTheLastErrorReadOverJmxAndJolokia() throws Exception {
        ObjectName name = new ObjectName(NAME);
        long callsBefore = (Long) server.getAttribute(name, "Calls");
        monitor.refresh();
        assertTrue((Long) server.getAttribute(name, "Calls") >= callsBefore + 1, "the probe's login is counted");
        assertEquals("up", server.getAttribute(name, "Health"));
        assertEquals("magento 1.7", server.getAttribute(name, "Version"));
        assertTrue(((String) server.getAttribute(name, "Url")).endsWith("/sandbox/magento1"));
        long failuresBefore = (Long) server.getAttribute(name, "Failures");

        SandboxFaults.failNext(1_000_000, 503);
        monitor.refresh();
        monitor.refresh();
        // at least: a job left retrying by an earlier test may call the shop meanwhile
        assertTrue((Long) server.getAttribute(name, "ConsecutiveFailures") >= 2);
        assertTrue((Long) server.getAttribute(name, "Failures") >= failuresBefore + 2);
        assertEquals("Magento shop-eu answered HTTP 503", server.getAttribute(name, "LastError"));

        JsonPath overHttp = jolokiaRead(NAME);
        assertEquals(200, overHttp.getInt("status"));
        assertEquals("magento 1.7", overHttp.getString("value.Version"));
        assertEquals("Magento shop-eu answered HTTP 503", overHttp.getString("value.LastError"));
        assertTrue(overHttp.getLong("value.ConsecutiveFailures") >= 2);

        SandboxFaults.stop();
        monitor.refresh();
        assertEquals(0L, server.getAttribute(name, "ConsecutiveFailures"));
        assertTrue(server.getAttribute(name, "LastSuccess") != null);
    }

    @Test
    void jolokiaServesTheJobQueueCamelAndTheJvmBesideTheShops() {
        assertEquals(200, jolokiaRead("io.shopbridge:type=JobQueue").getInt("status"));
        assertEquals(200, jolokiaRead("org.apache.camel:context=shopbridge,type=routes,name=\"connector-job-dispatcher\"")
                .getInt("status"));
        assertEquals(200, jolokiaRead("java.lang:type=Memory").getInt("status"));
    }

    @Test
    void pauseAndResumeTheShopsJobs() throws Exception {
        assumeTrue(pauses.isResolvable(), "this build's job engine has no JobPauses");
        ObjectName name = new ObjectName(NAME);
        assertEquals(true, server.invoke(name, "pause", new Object[0], new String[0]));
        assertEquals(true, server.getAttribute(name, "Paused"));
        assertTrue(pauses.get().paused().stream().anyMatch(
                p -> p.kind() == JobPauses.Kind.BACKEND && p.name().equals("shop-eu")));
        assertEquals(true, server.invoke(name, "resume", new Object[0], new String[0]));
        assertEquals(false, server.getAttribute(name, "Paused"));
        assertEquals(true, server.invoke(name, "pauseChannel", new Object[] {"root.magento"},
                new String[] {String.class.getName()}));
        assertEquals(true, server.invoke(name, "resumeChannel", new Object[] {"root.magento"},
                new String[] {String.class.getName()}));
    }

    private JsonPath jolokiaRead(String mbean) {
        return given().baseUri("http://localhost").port(jolokiaPort).contentType("application/json")
                .body(Map.of("type", "read", "mbean", mbean))
                .post("/jolokia/").then().statusCode(200).extract().jsonPath();
    }
}
