package io.shopbridge.bench.report;

/** What bench/run says about the run it made: its command, kind, duration and the machine's load around it. */
record RunInfo(String command, String mode, String date, String duration, String loadBefore, String loadAfter) {

    static RunInfo fromSystemProperties() {
        return new RunInfo(System.getProperty("bench.command", "bench/run"), System.getProperty("bench.mode", "full"),
                System.getProperty("bench.date", "?"), System.getProperty("bench.duration", "?"),
                System.getProperty("bench.load-before", "?"), System.getProperty("bench.load-after", "?"));
    }
}
