package vn.vanban.infrastructure.timing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How long the expensive steps of a request took (rendering, signing, the transactions around them), for the
 * {@code Server-Timing} response header that browsers' developer tools and the benchmarks read. Confined to the
 * request's thread: the web layer opens it when an API request starts and takes it when the response goes out; a step
 * timed outside a request (start-up, background work) is not recorded. A request with steps also reports its
 * {@code total}, from opening to taking, so that what the steps leave out (JSON, the other queries) shows too.
 */
public final class ServerTiming {

    private static final ThreadLocal<Request> REQUEST = new ThreadLocal<>();

    private record Request(long start, List<String> steps) {
    }

    private ServerTiming() {
    }

    public static void open() {
        REQUEST.set(new Request(System.nanoTime(), new ArrayList<>()));
    }

    /**
     * The steps timed since {@link #open()} and the total, as the header's value
     * ({@code render;dur=41.2, sign;dur=20.3, total;dur=75.0}), or nothing when no step ran; and ends it.
     */
    public static String take() {
        Request request = REQUEST.get();
        REQUEST.remove();
        if (request == null || request.steps().isEmpty()) {
            return "";
        }
        List<String> steps = new ArrayList<>(request.steps());
        steps.add(step("total", request.start()));
        return String.join(", ", steps);
    }

    public static <T> T time(String step, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            Request request = REQUEST.get();
            if (request != null) {
                request.steps().add(step(step, start));
            }
        }
    }

    private static String step(String name, long start) {
        return String.format(Locale.ROOT, "%s;dur=%.1f", name, (System.nanoTime() - start) / 1e6);
    }
}
