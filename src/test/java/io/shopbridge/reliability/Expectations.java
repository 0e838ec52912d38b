package io.shopbridge.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every reliability scenario must show, checked on its report so that a failure names the figures. */
final class Expectations {

    private Expectations() {
    }

    static void nothingLostNothingTwice(RunReport report, int kills) {
        String figures = "see " + RunReport.DIRECTORY.resolve("report.md") + ": " + report;
        assertEquals(kills, report.kills(), figures);
        assertEquals(0, report.lost(), figures);
        assertEquals(0, report.duplicated(), figures);
        assertEquals(0, report.wrongQuantities(), figures);
        assertEquals(0, report.unbound(), figures);
        assertEquals(0, report.failedJobs(), figures);
        assertEquals(0, report.unfinishedJobs(), figures);
        assertEquals(0, report.unconsumedEvents(), figures);
    }
}
