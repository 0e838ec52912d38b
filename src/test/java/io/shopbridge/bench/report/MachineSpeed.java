package io.shopbridge.bench.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Times one fixed single-threaded workload (sort 4 million random ints, put 1 million boxed keys in a HashMap: the
 * kind of work the benchmarks do, no CPU-specific intrinsic) and prints the median of five runs in milliseconds,
 * after a warm-up. bench/run runs it before its sections, on an otherwise idle JVM: machines (and the same cloud machine
 * on different days) differ by 2× and more, and without it two BENCHMARKS.md could not be told apart from a regression.
 */
public final class MachineSpeed {

    private MachineSpeed() {
    }

    public static void main(String[] args) {
        work();
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            work();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.println(millis[millis.length / 2]);
    }

    private static int work() {
        SplittableRandom random = new SplittableRandom(42);
        int[] numbers = random.ints(4_000_000).toArray();
        Arrays.sort(numbers);
        Map<Integer, Integer> map = new HashMap<>();
        for (int i = 0; i < 1_000_000; i++) {
            map.put(numbers[i * 4], i);
        }
        return map.size();
    }
}
