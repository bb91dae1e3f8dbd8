package vn.vanban.bench.reports;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A piece of work run {@code warmup} times unmeasured, so that the JIT has compiled it, then {@code runs} times
 * measured: the figures the benchmarks print, and what the last run gave.
 */
record TimedRuns<T>(T result, long[] sortedMicros, int warmup) {

    static <T> TimedRuns<T> of(int warmup, int runs, Supplier<T> work) {
        T result = null;
        for (int i = 0; i < warmup; i++) {
            result = work.get();
        }
        long[] micros = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = work.get();
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        return new TimedRuns<>(result, micros, warmup);
    }

    /** {@code median 12.3 ms, p90 15.0 ms, min 10.1 ms (40 runs after 20 warm-up)} */
    String figures() {
        int runs = sortedMicros.length;
        return String.format("median %6.1f ms, p90 %6.1f ms, min %6.1f ms (%d runs after %d warm-up)",
                sortedMicros[runs / 2] / 1000.0, sortedMicros[runs * 9 / 10] / 1000.0, sortedMicros[0] / 1000.0, runs,
                warmup);
    }
}
