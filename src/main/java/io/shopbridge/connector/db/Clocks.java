package io.shopbridge.connector.db;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The time the job engine reads (etas, leases, timeouts, cleanup): the system's, in UTC. A bean so that a test can
 * move time forward instead of waiting for it.
 */
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
