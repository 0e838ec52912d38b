package io.shopbridge.connector.console;

/** What every console page shows around its content: which view, who is logged in, whether they may change jobs. */
public record ConsolePage(String view, String user, boolean operator, int refreshSeconds) {
}
