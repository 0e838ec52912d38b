package io.shopbridge.connector.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import sun.misc.Signal;

/**
 * SIGTERM (a service manager's stop, a rolling restart) stops the application as a normal exit does, with exit code
 * 0. Without this the JVM runs the same shutdown but ends with 143 (128 + SIGTERM), which systemd and other
 * supervisors count as a failed stop. The stop itself is unchanged: running jobs end, claimed ones are given back.
 * Packaged runs only: dev mode and tests keep the JVM's own handling.
 */
@ApplicationScoped
public class GracefulSigterm {

    void onStart(@Observes StartupEvent start) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            Signal.handle(new Signal("TERM"), signal -> Quarkus.asyncExit(0));
        }
    }
}
