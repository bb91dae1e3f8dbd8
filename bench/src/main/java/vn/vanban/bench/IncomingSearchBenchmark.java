package vn.vanban.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search over incoming documents through the portal's API, as the secretariat and as a member sees it: for each query
 * and user, {@code GET api/search?q=...} (the first page of 20) {@link #RUNS} times after {@link #WARM_UP} runs, one
 * request at a time, timed at the client; prints p50, p95 and max, the hits the portal counts, how many hits of the
 * page are incoming documents, and the median of each step the {@code Server-Timing} header reports, if any.
 * <p>
 * Usage: {@code IncomingSearchBenchmark BASE_URL [QUERY ...]} (the queries below by default)
 */
public final class IncomingSearchBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 200;
    private static final Pattern STEP = Pattern.compile("([a-z-]+);dur=([0-9.]+)");

    /** A common word pair, a rare number-symbol, a sender, a street: what the secretariat types. */
    private static final List<String> QUERIES = List.of("công tác", "09-NQ/TU", "Ban Tổ chức Thành ủy",
            "đường Ngô Gia Tự");

    private record Who(String label, String username) {
    }

    private static final List<Who> USERS = List.of(new Who("secretariat", "vanthu"), new Who("member", "lan.nt"));

    private IncomingSearchBenchmark() {
    }

    public static void main(String[] args) {
        URI base = URI.create(args[0]);
        List<String> queries = args.length > 1 ? List.of(args).subList(1, args.length) : QUERIES;
        System.out.printf("%-22s %-12s %6s %9s %8s %8s %8s  %s%n", "query", "who", "hits", "incoming", "p50 ms",
                "p95 ms", "max ms", "server steps (median ms)");
        for (Who who : USERS) {
            Portal portal = Portal.loggedIn(base, who.username());
            for (String query : queries) {
                time(portal, who, query);
            }
        }
    }

    private static void time(Portal portal, Who who, String query) {
        String path = "api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&first=0&max=20";
        double[] millis = new double[RUNS];
        Map<String, List<Double>> steps = new LinkedHashMap<>();
        Portal.Reply reply = null;
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long start = System.nanoTime();
            reply = portal.get(path).expect(200);
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (run >= WARM_UP) {
                millis[run - WARM_UP] = elapsed;
                Matcher step = STEP.matcher(reply.header("Server-Timing"));
                while (step.find()) {
                    steps.computeIfAbsent(step.group(1), name -> new ArrayList<>()).add(Double.parseDouble(step.group(2)));
                }
            }
        }
        Arrays.sort(millis);
        int incoming = reply.body().split("\"kind\":\"incoming\"", -1).length - 1;
        StringBuilder server = new StringBuilder();
        steps.forEach((name, values) -> server.append(String.format(Locale.ROOT, "%s %.1f  ", name,
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray()[values.size() / 2])));
        System.out.printf(Locale.ROOT, "%-22s %-12s %6d %9d %8.1f %8.1f %8.1f  %s%n", query,
                who.label() + " " + who.username(), reply.number("total"), incoming, percentile(millis, 50),
                percentile(millis, 95), millis[millis.length - 1], server.toString().strip());
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
