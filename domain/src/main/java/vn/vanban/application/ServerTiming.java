package vn.vanban.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How long the expensive steps of a request took (rendering, signing), for the {@code Server-Timing} response header
 * that browsers' developer tools and the benchmarks read. Confined to the request's thread: the web layer opens it
 * when an API request starts and takes it when the response goes out; a step timed outside a request (start-up,
 * background work) is not recorded.
 */
public final class ServerTiming {

    private static final ThreadLocal<List<String>> STEPS = new ThreadLocal<>();

    private ServerTiming() {
    }

    public static void open() {
        STEPS.set(new ArrayList<>());
    }

    /** The steps timed since {@link #open()}, as the header's value ({@code render;dur=41.2, sign;dur=20.3}), and ends it. */
    public static String take() {
        List<String> steps = STEPS.get();
        STEPS.remove();
        return steps == null ? "" : String.join(", ", steps);
    }

    public static <T> T time(String step, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            List<String> steps = STEPS.get();
            if (steps != null) {
                steps.add(String.format(Locale.ROOT, "%s;dur=%.1f", step, (System.nanoTime() - start) / 1e6));
            }
        }
    }
}
