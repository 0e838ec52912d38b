package io.shopbridge.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * 50,000 ERP changes at once (invoice bindings written in bulk before the application starts) are consumed from the
 * outbox a batch at a time, with a heap capped at 256 MB, and all end exported once. The shop's channel runs 8 exports
 * at a time, as a deployment expecting such bursts would set it.
 */
class OutboxBurstIT {

    @Test
    void fiftyThousandChangesAtOnceEndExportedWithBoundedMemory() throws Exception {
        RunReport report = CrashRun.run(new CrashRun.Plan("h2-file-burst-50k", CrashRun.Store.H2_FILE, 1, 50_000, 0,
                ShopChaos.Rates.NONE, Duration.ZERO, 17, "root:8,root.magento:8"));
        Expectations.nothingLostNothingTwice(report, 0);
        assertTrue(report.peakHeapMb() > 0 && report.peakHeapMb() <= 256, report::toString);
    }
}
