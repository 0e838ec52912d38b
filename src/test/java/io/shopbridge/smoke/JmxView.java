package io.shopbridge.smoke;

import java.io.IOException;
import java.util.Map;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The application's MBeans as an operator's JMX console sees them: over the remote connector the JVM (or the native
 * image built with {@code quarkus.native.monitoring=jmxserver}) opens on {@code com.sun.management.jmxremote.port}.
 */
final class JmxView implements AutoCloseable {

    static final String JOB_QUEUE = "io.shopbridge:type=JobQueue";
    static final String MAGENTO_CHANNEL = "io.shopbridge:type=JobChannel,name=\"root.magento\"";
    static final String EXPORT_ROUTE = "org.apache.camel:context=shopbridge,type=routes,name=\"shop-eu-export-invoice\"";

    private final JMXConnector connector;
    private final MBeanServerConnection server;

    private JmxView(JMXConnector connector) throws IOException {
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
    }

    static JmxView connect(int port) throws IOException {
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi");
        return new JmxView(JMXConnectorFactory.connect(url, Map.of()));
    }

    /**
     * The remote agent's settings, for the application's command line: no authentication nor TLS (the port is bound
     * to the loopback interface), and the RMI objects on the same port so that one free port is enough.
     */
    static Map<String, String> agentSettings(int port) {
        return Map.of("com.sun.management.jmxremote.port", String.valueOf(port),
                "com.sun.management.jmxremote.rmi.port", String.valueOf(port),
                "com.sun.management.jmxremote.authenticate", "false",
                "com.sun.management.jmxremote.ssl", "false",
                "com.sun.management.jmxremote.host", "127.0.0.1",
                "java.rmi.server.hostname", "127.0.0.1");
    }

    /** A numeric attribute; fails (naming the MBean) when the MBean or the attribute is not there. */
    long number(String objectName, String attribute) {
        try {
            return ((Number) server.getAttribute(new ObjectName(objectName), attribute)).longValue();
        } catch (JMException | IOException e) {
            throw new IllegalStateException("JMX " + objectName + " " + attribute + ": " + e, e);
        }
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
