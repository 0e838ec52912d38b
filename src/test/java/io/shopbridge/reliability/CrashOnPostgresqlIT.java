package io.shopbridge.reliability;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL: three SIGKILLs, ERP changes made while the application is down, a shop on a bad day, and the
 * database gone for 30 seconds mid-run: the application recovers by itself, and each invoice ends on the shop once.
 */
class CrashOnPostgresqlIT {

    @Test
    void threeKillsAndADatabaseOutageLoseAndDuplicateNothing() throws Exception {
        RunReport report = CrashRun.run(new CrashRun.Plan("postgresql-3-kills", CrashRun.Store.POSTGRESQL, 1, 1000, 3,
                CrashRun.BAD_DAY, Duration.ofSeconds(30), 11));
        Expectations.nothingLostNothingTwice(report, 3);
    }
}
