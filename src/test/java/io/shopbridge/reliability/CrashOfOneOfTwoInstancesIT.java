package io.shopbridge.reliability;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Two instances share one PostgreSQL; one of them is killed three times while both export to a misbehaving shop: the
 * survivor takes back what the dead one held, and each invoice ends on the shop once.
 */
class CrashOfOneOfTwoInstancesIT {

    @Test
    void killingOneInstanceThreeTimesLosesAndDuplicatesNothing() throws Exception {
        RunReport report = CrashRun.run(new CrashRun.Plan("postgresql-2-instances-3-kills", CrashRun.Store.POSTGRESQL,
                2, 1000, 3, CrashRun.BAD_DAY, Duration.ofSeconds(30), 13));
        Expectations.nothingLostNothingTwice(report, 3);
    }
}
