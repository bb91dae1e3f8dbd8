package vn.vanban.bench;

import java.util.Arrays;
import java.util.Locale;

/** Median, p90 and minimum of a series of durations, as the benchmarks print them. */
record Figures(double median, double p90, double min, int count) {

    static Figures ofMillis(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Figures(percentile(sorted, 50), percentile(sorted, 90), sorted[0], sorted.length);
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "median %.1f ms, p90 %.1f ms, min %.1f ms (%d runs)", median, p90, min, count);
    }
}
