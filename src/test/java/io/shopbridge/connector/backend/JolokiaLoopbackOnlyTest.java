package io.shopbridge.connector.backend;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Jolokia answers on the loopback interface and nowhere else: its host is set for every profile (the extension's prod
 * default is every interface, without authentication), so this test's configuration is prod's.
 */
@QuarkusTest
class JolokiaLoopbackOnlyTest {

    @ConfigProperty(name = "quarkus.camel.jolokia.server.port")
    int port;

    @Test
    void answersOnLoopback() {
        given().baseUri("http://127.0.0.1").port(port).get("/jolokia/version").then().statusCode(200);
    }

    @Test
    void refusesConnectionsOnTheMachinesOtherAddresses() throws IOException {
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        assumeTrue(external.isPresent(), "this machine has no address but loopback");
        try (Socket socket = new Socket()) {
            assertThrows(ConnectException.class,
                    () -> socket.connect(new InetSocketAddress(external.get(), port), 2000));
        }
    }
}
