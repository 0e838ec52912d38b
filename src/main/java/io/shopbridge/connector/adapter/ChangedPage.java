package io.shopbridge.connector.adapter;

import java.util.List;

/** A page of changed records' external ids, and where the next page starts (null after the last page). */
public record ChangedPage(List<String> externalIds, String next) {

    public ChangedPage {
        externalIds = List.copyOf(externalIds);
    }
}
