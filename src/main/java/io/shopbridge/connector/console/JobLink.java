package io.shopbridge.connector.console;

/** A job named from another one's page (a dependency or a dependent). */
public record JobLink(String uuid, String name, String state) {
}
