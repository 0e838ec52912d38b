package io.shopbridge.connector.backend;

import java.time.Instant;

/** A probe's outcome: up or not, when, and why not (the shop's or the network's words, never a credential). */
public record BackendStatus(boolean up, Instant checkedAt, String error) {
}
