package io.shopbridge.reliability;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The default embedded store, an H2 file, keeps every commit across three SIGKILLs of the packaged application in the
 * middle of 1,000 exports to a misbehaving shop: each invoice ends on the shop once, bound in the ERP.
 */
class CrashOnH2FileIT {

    @Test
    void threeKillsOnABadDayLoseAndDuplicateNothing() throws Exception {
        RunReport report = CrashRun.run(new CrashRun.Plan("h2-file-3-kills", CrashRun.Store.H2_FILE, 1, 1000, 3,
                CrashRun.BAD_DAY, Duration.ZERO, 7));
        Expectations.nothingLostNothingTwice(report, 3);
    }
}
