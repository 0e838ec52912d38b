package io.shopbridge.bench.report;

/**
 * What bench/run says about the run it made: its command, kind, duration, the machine (cores, CPU model, the time of
 * {@link MachineSpeed}'s workload) and its load around the run.
 */
record RunInfo(String command, String mode, String date, String duration, String loadBefore, String loadAfter,
        String machine, String machineSpeedMs) {

    static RunInfo fromSystemProperties() {
        return new RunInfo(System.getProperty("bench.command", "bench/run"), System.getProperty("bench.mode", "full"),
                System.getProperty("bench.date", "?"), System.getProperty("bench.duration", "?"),
                System.getProperty("bench.load-before", "?"), System.getProperty("bench.load-after", "?"),
                System.getProperty("bench.machine", "?"), System.getProperty("bench.machine-speed-ms", "?"));
    }
}
