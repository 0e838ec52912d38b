package io.shopbridge.connector.console;

import java.util.List;

/** A page of the jobs list and the keyset of the next one (null on the last page). */
public record JobPage(List<JobSummary> jobs, Long nextBefore) {
}
